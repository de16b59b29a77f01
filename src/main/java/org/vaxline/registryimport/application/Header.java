package org.vaxline.registryimport.application;

import org.vaxline.registryimport.csv.CsvRecord;
import org.vaxline.registryimport.domain.Column;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each known column is in a file, by its header line; columns the import does not know are ignored. */
public final class Header {
    private final Map<Column, Integer> positions = new HashMap<>();
    private final Map<Column, String> names = new HashMap<>();
    private final int size;

    private Header(int size) {
        this.size = size;
    }

    public static Header of(CsvRecord header, List<Column> columns) {
        Header h = new Header(header.fields().size());
        for (Column column : columns) {
            for (int i = 0; i < header.fields().size(); i++) {
                if (column.isNamed(header.fields().get(i)) && !h.positions.containsKey(column)) {
                    h.positions.put(column, i);
                    h.names.put(column, header.fields().get(i).strip());
                }
            }
        }
        return h;
    }

    public List<Column> missing(List<Column> columns) {
        List<Column> missing = new ArrayList<>();
        columns.stream().filter(c -> c.required() && !positions.containsKey(c)).forEach(missing::add);
        return missing;
    }

    public int size() {
        return size;
    }

    Integer position(Column column) {
        return positions.get(column);
    }

    /** The column as this file names it (Vietnamese or English), for the error report. */
    public String name(Column column) {
        return names.getOrDefault(column, column.english());
    }
}
