package org.vaxline.platform.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One chained ledger: its public name (in {@code /api/v1/ledgers/{name}/head} and the CLI), its table, the column that
 * identifies an entry, the columns that make up an entry's canonical bytes in their fixed order, and the order in which
 * rows written before the chain existed were chained (V36, V42). A grouped ledger's entry is every row of its table
 * that shares the id (a correction's field rows, a recall's facilities): they are written together and chained as one.
 */
public record LedgerDefinition(String name, String table, String idColumn, String backfillOrder, boolean grouped,
                               List<Column> columns) {
    public record Column(String name, ColumnType type) {
    }

    /** @param columns each "column_name TYPE", in canonical order, e.g. "person_id UUID" */
    static LedgerDefinition of(String name, String table, String idColumn, String backfillOrder, String... columns) {
        return new LedgerDefinition(name, table, idColumn, backfillOrder, false, parse(columns));
    }

    /** A ledger whose entry is all the rows sharing {@code idColumn}; backfillOrder must end with idColumn. */
    static LedgerDefinition grouped(String name, String table, String idColumn, String backfillOrder, String... columns) {
        return new LedgerDefinition(name, table, idColumn, backfillOrder, true, parse(columns));
    }

    private static List<Column> parse(String... columns) {
        return Arrays.stream(columns).map(c -> {
            String[] parts = c.trim().split("\\s+");
            return new Column(parts[0], ColumnType.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        }).toList();
    }

    String columnList() {
        return String.join(", ", columns.stream().map(c -> "t." + c.name()).toList());
    }

    /** The backfill order with plain column names read from the ledger's table (alias t); expressions as written. */
    String backfillOrderSql() {
        return String.join(", ", Arrays.stream(backfillOrder.split(",")).map(String::trim)
                .map(c -> c.matches("[a-z_]+") ? "t." + c : c).toList());
    }
}
