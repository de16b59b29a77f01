package org.vaxline.platform.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/**
 * Does autovacuum's work on the store's own tables when the server's autovacuum is off, at autovacuum's default
 * thresholds: a table is vacuumed (and analysed) once its dead rows pass 50 plus a fifth of it, or its rows inserted
 * since its last vacuum pass 1,000 plus a fifth; it is analysed once more than 50 rows plus a tenth of it changed
 * since its last analysis. The vacuum matters to the name search: a GIN index's new entries wait in an unsorted
 * pending list that every search reads through until a vacuum moves them into the index (the whole-word rank took
 * 11–16 ms at 150,000 people with its list pending, 2 ms after). Without statistics
 * the planner estimated that a batch's 32 people matched a sixth of {@code doses} and scanned the whole table for
 * their doses in every batch: online doses ran at 488 a second without statistics and 4,238 with this thread at
 * 400,000 people (DoseLoad, 2026-12-02, a server configured with {@code autovacuum = off}). With autovacuum on, the
 * server does this itself and this thread ends after its first look.
 */
final class PostgresAutovacuum implements AutoCloseable {
    static final long EVERY_MILLIS = 10_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PostgresAutovacuum.class);
    private static final String STALE = """
            SELECT c.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
            WHERE s.schemaname = current_schema() AND s.n_mod_since_analyze > 50 + 0.1 * GREATEST(c.reltuples, 0)
            ORDER BY c.relname""";
    private static final String DUE_FOR_VACUUM = """
            SELECT c.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
            WHERE s.schemaname = current_schema() AND (s.n_dead_tup > 50 + 0.2 * GREATEST(c.reltuples, 0)
                OR s.n_ins_since_vacuum > 1000 + 0.2 * GREATEST(c.reltuples, 0))
            ORDER BY c.relname""";
    private final UpkeepThread thread;

    PostgresAutovacuum(Jdbi jdbi) {
        this.thread = new UpkeepThread("vaxline:postgres-autovacuum", closed -> run(jdbi, closed));
    }

    private static void run(Jdbi jdbi, java.util.function.BooleanSupplier closed) throws InterruptedException {
        try {
            boolean autovacuum = jdbi.withHandle(h -> h.createQuery("SELECT current_setting('autovacuum')").mapTo(String.class).one())
                    .equals("on");
            if (autovacuum) {
                return;
            }
            LOG.info("the PostgreSQL server's autovacuum is off: vaxline vacuums and analyses its own tables after large changes");
            while (!closed.getAsBoolean()) {
                Thread.sleep(EVERY_MILLIS);
                jdbi.useHandle(h -> {
                    vacuumStale(h);
                    analyseStale(h);
                });
            }
        } catch (RuntimeException e) {
            if (!closed.getAsBoolean()) { // queries go on with the statistics they have: slower, not wrong
                LOG.warn("vacuuming and analysing stopped: {}", e.getMessage());
            }
        }
    }

    /**
     * Vacuums and analyses the tables of the store's schema that have enough dead or newly inserted rows; answers their
     * names. The handle must not be in a transaction (VACUUM runs on its own).
     */
    static List<String> vacuumStale(Handle h) {
        List<String> due = h.createQuery(DUE_FOR_VACUUM).mapTo(String.class).list();
        for (String table : due) {
            h.execute("VACUUM (ANALYZE) " + quoted(table));
        }
        return due;
    }

    private static String quoted(String table) {
        return "\"" + table.replace("\"", "\"\"") + "\"";
    }

    /** Analyses the tables of the store's schema that changed enough since their last analysis; answers their names. */
    static List<String> analyseStale(Handle h) {
        List<String> stale = h.createQuery(STALE).mapTo(String.class).list();
        for (String table : stale) {
            h.execute("ANALYZE " + quoted(table));
        }
        return stale;
    }

    @Override
    public void close() {
        thread.close();
    }
}
