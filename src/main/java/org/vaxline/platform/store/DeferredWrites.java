package org.vaxline.platform.store;

import org.jdbi.v3.core.Handle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Rows a transaction writes on its hot path, held until the transaction needs them in the database and then written
 * with one JDBC batch per statement (issue 13): a batch of 500 doses sends each of its insert and upsert statements
 * once, not 500 times. Counters on one key (a coverage cell, a day's use of a lot, a stock balance) are summed in
 * memory and written once per key; rows on one key that replace each other (a person's schedule) are written once,
 * the last one.
 *
 * <p>Nothing is lost or reordered for a reader: before any other statement runs on the transaction's connection
 * (a query, an update the buffer does not hold) the held rows are written first, in the order their statements first
 * came; the store writes what remains just before the commit. A transaction that rolls back drops them with the rest.
 *
 * <p>Plain JDBC, not Jdbi, writes them: Jdbi's per-statement set-up (configuration copies, argument lookup, named
 * parameter parsing) was most of the dose writer's time in the profile, and this is the one place that needs none of
 * it. The binding below keeps Jdbi's for each type, so a row reads back the same whichever way it was written (the
 * ledgers' hash chains depend on that).
 */
public final class DeferredWrites {
    private static final ThreadLocal<DeferredWrites> OPEN = new ThreadLocal<>();
    /** Each held insert's COPY statement on PostgreSQL, or empty when it is not a plain insert (worked out once). */
    private static final Map<String, java.util.Optional<String>> copies = new java.util.concurrent.ConcurrentHashMap<>();

    private final Connection connection;
    private final Dialect dialect;
    private final StatementLog log;
    private final DeferredWrites outer;
    private final Map<String, Rows> held = new LinkedHashMap<>();
    private boolean flushing;

    private DeferredWrites(Connection connection, Dialect dialect, StatementLog log, DeferredWrites outer) {
        this.connection = connection;
        this.dialect = dialect;
        this.log = log;
        this.outer = outer;
    }

    /** The rows held for the transaction running on this handle, or writes made at once when it is not a store transaction. */
    public static DeferredWrites on(Handle h) {
        DeferredWrites open = OPEN.get();
        if (open != null && open.connection == h.getConnection()) {
            return open;
        }
        return new DeferredWrites(h.getConnection(), Dialect.of(h.getConnection()), null, null).immediate();
    }

    private boolean immediate;

    private DeferredWrites immediate() {
        immediate = true;
        return this;
    }

    /** A store transaction begins on this thread (called by {@link Store#inTransaction}). */
    static DeferredWrites begin(Connection connection, Dialect dialect, StatementLog log) {
        DeferredWrites writes = new DeferredWrites(connection, dialect, log, OPEN.get());
        OPEN.set(writes);
        return writes;
    }

    /** The transaction ended, committed or not: what it held is gone with it. */
    void end() {
        if (OPEN.get() == this) {
            if (outer == null) {
                OPEN.remove();
            } else {
                OPEN.set(outer);
            }
        }
    }

    /** Writes what is held if the statement about to run is on this thread's transaction (its reads must see it). */
    static void flushBefore(Connection statementConnection) throws SQLException {
        DeferredWrites open = OPEN.get();
        if (open != null && open.connection == statementConnection && !open.flushing && !open.held.isEmpty()) {
            open.flush();
        }
    }

    /** Holds a row of a statement whose placeholders are {@code ?}. */
    public void insert(String sql, Object... values) {
        rows(sql, false).list.add(values);
        whenImmediate();
    }

    /**
     * Holds a row whose counters are added to those of any other row held on the same key; the row written carries the
     * sums. {@code row} makes the values from the summed counters (called once, at the write).
     *
     * @param mustTouchOneRow the write must change exactly one row each (an update guarded by a condition), or fail
     */
    public void sum(String sql, Object key, long[] counters, Function<long[], Object[]> row, boolean mustTouchOneRow) {
        Rows rows = rows(sql, mustTouchOneRow);
        Summed summed = rows.summed.get(key);
        if (summed == null) {
            rows.summed.put(key, new Summed(counters.clone(), row));
        } else {
            for (int i = 0; i < counters.length; i++) {
                summed.counters[i] += counters[i];
            }
        }
        whenImmediate();
    }

    /** Holds a row that replaces any other held on the same key (the last one is written). */
    public void replace(String sql, Object key, Object... values) {
        rows(sql, false).replaced.put(key, values);
        whenImmediate();
    }

    private Rows rows(String sql, boolean mustTouchOneRow) {
        return held.computeIfAbsent(sql, s -> new Rows(mustTouchOneRow));
    }

    private void whenImmediate() {
        if (immediate) {
            try {
                flush();
            } catch (SQLException e) {
                throw new WriteFailed(e);
            }
        }
    }

    /** Writes every held row, one batch per statement, in the order the statements first came. */
    void flush() throws SQLException {
        if (held.isEmpty()) {
            return;
        }
        flushing = true;
        try {
            List<Map.Entry<String, Rows>> batches = new ArrayList<>(held.entrySet());
            held.clear();
            for (Map.Entry<String, Rows> batch : batches) {
                write(batch.getKey(), batch.getValue());
            }
        } finally {
            flushing = false;
        }
    }

    /** Writes what is held, for the store before it commits. */
    void flushBeforeCommit() {
        try {
            flush();
        } catch (SQLException e) {
            throw new WriteFailed(e);
        }
    }

    private void write(String sql, Rows rows) throws SQLException {
        List<Object[]> values = rows.values();
        if (values.isEmpty()) {
            return;
        }
        if (dialect == Dialect.POSTGRESQL && rows.onlyInserted()) {
            java.util.Optional<String> copy = copies.computeIfAbsent(sql, PostgresCopy::copyOf);
            if (copy.isPresent()) {
                PostgresCopy.write(connection, copy.get(), values);
                if (log != null) {
                    log.executed(sql);
                }
                return;
            }
        }
        // SQLite's statements are kept per connection (SqliteStatementCache); PostgreSQL's driver keeps its own
        boolean kept = dialect == Dialect.SQLITE;
        PreparedStatement ps = kept ? SqliteStatementCache.take(connection, sql) : connection.prepareStatement(sql);
        boolean written = false;
        try {
            for (Object[] row : values) {
                for (int i = 0; i < row.length; i++) {
                    bind(ps, i + 1, row[i]);
                }
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            if (rows.mustTouchOneRow) {
                for (int count : counts) {
                    if (count != 1 && count != java.sql.Statement.SUCCESS_NO_INFO) {
                        throw new SQLException("a held write changed " + count + " rows where it must change one: " + StatementLog.oneLine(sql));
                    }
                }
            }
            written = true;
        } finally {
            if (kept && written) {
                SqliteStatementCache.giveBack(connection, sql, ps);
            } else {
                ps.close();
            }
        }
        if (log != null) {
            log.executed(sql);
        }
    }

    /** Binds a value as Jdbi binds it on this dialect (SQLite: ids, dates and instants as ISO text; see {@link SqliteTypes}). */
    private void bind(PreparedStatement ps, int position, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(position, dialect == Dialect.POSTGRESQL ? Types.OTHER : Types.NULL);
        } else if (value instanceof String s) {
            ps.setString(position, s);
        } else if (value instanceof Long l) {
            ps.setLong(position, l);
        } else if (value instanceof Integer i) {
            ps.setInt(position, i);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(position, b);
        } else if (value instanceof Enum<?> e) {
            ps.setString(position, e.name());
        } else if (value instanceof UUID || value instanceof LocalDate || value instanceof Instant) {
            if (dialect == Dialect.SQLITE) {
                ps.setString(position, value.toString());
            } else if (value instanceof LocalDate d) {
                ps.setObject(position, d);
            } else if (value instanceof Instant t) {
                ps.setTimestamp(position, Timestamp.from(t));
            } else {
                ps.setObject(position, value);
            }
        } else {
            throw new IllegalArgumentException("no binding for a " + value.getClass().getName() + " in a held write");
        }
    }

    /** A held write the database refused; its cause is the driver's exception (a retryable race shows there). */
    public static final class WriteFailed extends RuntimeException {
        public WriteFailed(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final class Summed {
        final long[] counters;
        final Function<long[], Object[]> row;

        Summed(long[] counters, Function<long[], Object[]> row) {
            this.counters = counters;
            this.row = row;
        }
    }

    /** The rows held for one statement: plain, summed by key, or replaced by key (a statement is used one way). */
    private static final class Rows {
        final boolean mustTouchOneRow;
        final List<Object[]> list = new ArrayList<>();
        final Map<Object, Summed> summed = new LinkedHashMap<>();
        final Map<Object, Object[]> replaced = new LinkedHashMap<>();

        Rows(boolean mustTouchOneRow) {
            this.mustTouchOneRow = mustTouchOneRow;
        }

        /** Whether every row was held by {@link #insert}: rows of their own, none summed or replaced on a key. */
        boolean onlyInserted() {
            return summed.isEmpty() && replaced.isEmpty() && !mustTouchOneRow;
        }

        /**
         * The rows to write. Rows on a key (shared rows: a balance, a coverage cell) go in one order whatever order
         * they came in, so two transactions writing some of the same ones lock them in the same order and cannot
         * deadlock (PostgreSQL with more than one dose writer).
         */
        List<Object[]> values() {
            List<Object[]> all = new ArrayList<>(list);
            inKeyOrder(summed).forEach(s -> all.add(s.row.apply(s.counters)));
            all.addAll(inKeyOrder(replaced));
            return all;
        }

        /** The values in {@link KeyOrder}, one order every transaction agrees on. */
        private static <V> List<V> inKeyOrder(Map<Object, V> byKey) {
            if (byKey.size() < 2) {
                return new ArrayList<>(byKey.values());
            }
            List<Map.Entry<Object, V>> entries = new ArrayList<>(byKey.entrySet());
            entries.sort(Map.Entry.comparingByKey(KeyOrder.INSTANCE));
            List<V> values = new ArrayList<>(entries.size());
            entries.forEach(e -> values.add(e.getValue()));
            return values;
        }
    }
}
