package org.vaxline.registryimport.application;

import org.vaxline.registryimport.csv.CsvRecord;
import org.vaxline.registryimport.domain.Column;

/** One data row read through its file's header. */
public record Row(CsvRecord record, Header header) {

    public long line() {
        return record.line();
    }

    /** The value trimmed, or null when the column is absent or blank. */
    public String value(Column column) {
        Integer at = header.position(column);
        if (at == null || at >= record.fields().size()) {
            return null;
        }
        String v = record.fields().get(at).strip();
        return v.isEmpty() ? null : v;
    }
}
