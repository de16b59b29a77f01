package org.vaxline.registryimport.application;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.registryimport.domain.Column;
import org.vaxline.registryimport.domain.RowFault;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every fault of one row, at most one per column: the first found (a value that cannot be read) wins. */
public final class RowFaults {
    private final long line;
    private final Header header;
    private final List<RowFault> faults = new ArrayList<>();
    private final Set<String> columns = new HashSet<>();

    public RowFaults(long line, Header header) {
        this.line = line;
        this.header = header;
    }

    public void add(Column column, ErrorCode code, String reason) {
        add(column == null ? "" : header.name(column), code.name(), reason);
    }

    public void add(String column, String code, String reason) {
        if (columns.add(column)) {
            faults.add(new RowFault(line, column, code, reason));
        }
    }

    public boolean has(Column column) {
        return columns.contains(header.name(column));
    }

    public boolean isEmpty() {
        return faults.isEmpty();
    }

    public List<RowFault> all() {
        return List.copyOf(faults);
    }
}
