package org.vaxline.platform.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Copies SQLite's write-ahead log into the database on a thread of its own, every {@value #EVERY_MILLIS} ms. By
 * default SQLite does it in whichever commit finds the log past 1,000 pages: every few batches the dose writer (the
 * one thread all writes wait for) stopped to copy pages and sync the file, and that was a tenth of its time. A
 * PASSIVE checkpoint here runs beside the writer and its readers, on the other core.
 *
 * <p>A PASSIVE checkpoint copies the log but never starts it again from its beginning: the next writer does that, and
 * only when no reader is still reading from the log. Under a steady load of reads (eight clients searching names,
 * each read adding its access-log entries) the log grew by about 6,000 pages a second and was seldom started again;
 * past the writers' own threshold, then 20,000 pages, the commits checkpointed themselves, and a name search's p99
 * was 88–115 ms at a million people. So this thread asks for a RESTART checkpoint once the log is past
 * {@value #RESTART_PAGES} pages and all copied: it holds the writers back while it copies what came since and syncs
 * the file, then lets the next writer start the log again. Asked at every 20,000 pages, that pause came every few
 * seconds and the p99 did not move; at every 100,000 it was 36 ms (issue 13, BENCHMARKS.md). A writer still
 * checkpoints itself past {@value #WRITER_CHECKPOINT_PAGES} pages, should this thread fall behind, so the log stays
 * bounded.
 */
final class SqliteCheckpointer implements AutoCloseable {
    static final int EVERY_MILLIS = 200;
    /** About 400 MB of log. */
    static final int RESTART_PAGES = 100_000;
    /** About 1 GB of log. */
    static final int WRITER_CHECKPOINT_PAGES = 250_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SqliteCheckpointer.class);
    private final UpkeepThread thread;
    private final int restartPages;

    SqliteCheckpointer(String url) {
        this(url, RESTART_PAGES);
    }

    /** @param restartPages the log's length past which, once copied, it is started again */
    SqliteCheckpointer(String url, int restartPages) {
        this.restartPages = restartPages;
        this.thread = new UpkeepThread("vaxline:sqlite-checkpointer", closed -> run(url, closed));
    }

    private void run(String url, java.util.function.BooleanSupplier closed) throws InterruptedException {
        Properties properties = new Properties();
        properties.setProperty("busy_timeout", "1000");
        try {
            Thread.sleep(EVERY_MILLIS); // the store's pool has opened (and if need be created) the file by then
            try (Connection connection = DriverManager.getConnection(url, properties); Statement statement = connection.createStatement()) {
                while (!closed.getAsBoolean()) {
                    if (copiedLogPastRestart(statement)) {
                        statement.execute("PRAGMA wal_checkpoint(RESTART)");
                    }
                    Thread.sleep(EVERY_MILLIS);
                }
            }
        } catch (SQLException e) {
            if (!closed.getAsBoolean()) { // the writer's own checkpoints go on: slower, not wrong
                LOG.warn("background checkpoints stopped: {}", e.getMessage());
            }
        }
    }

    /** Runs a PASSIVE checkpoint; true when it left a restart due. */
    private boolean copiedLogPastRestart(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            // busy, the log's pages, the pages copied (-1 when the store is not in WAL mode)
            return result.next() && restartDue(result.getInt(2), result.getInt(3), restartPages);
        }
    }

    /**
     * Whether to start the log again: it is past the restart length and every page of it is in the database, so the
     * RESTART has only what came since to copy (-1 pages: the store is not in WAL mode).
     */
    static boolean restartDue(int logPages, int copiedPages, int restartPages) {
        return logPages >= restartPages && copiedPages == logPages;
    }

    @Override
    public void close() {
        thread.close();
    }
}
