package org.vaxline.registryimport.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the line of the file it starts on (the header is line 1), counting the line breaks inside quoted fields
 */
public record CsvRecord(long line, List<String> fields) {
    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** An empty line: one empty field, which spreadsheets leave at the end of files. */
    public boolean isBlank() {
        return fields.size() == 1 && fields.get(0).isEmpty();
    }
}
