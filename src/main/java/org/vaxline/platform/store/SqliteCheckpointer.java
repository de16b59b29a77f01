package org.vaxline.platform.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Copies SQLite's write-ahead log into the database on a thread of its own, every {@value #EVERY_MILLIS} ms. By
 * default SQLite does it in whichever commit finds the log past 1,000 pages: every few batches the dose writer (the
 * one thread all writes wait for) stopped to copy pages and sync the file, and that was a tenth of its time. A
 * PASSIVE checkpoint here runs beside the writer and its readers, on the other core. The writer still checkpoints
 * itself past {@value #WRITER_CHECKPOINT_PAGES} pages, should this thread fall behind, so the log stays bounded.
 */
final class SqliteCheckpointer implements AutoCloseable {
    static final int EVERY_MILLIS = 200;
    static final int WRITER_CHECKPOINT_PAGES = 20_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SqliteCheckpointer.class);
    private final UpkeepThread thread;

    SqliteCheckpointer(String url) {
        this.thread = new UpkeepThread("vaxline:sqlite-checkpointer", closed -> run(url, closed));
    }

    private static void run(String url, java.util.function.BooleanSupplier closed) throws InterruptedException {
        Properties properties = new Properties();
        properties.setProperty("busy_timeout", "1000");
        try {
            Thread.sleep(EVERY_MILLIS); // the store's pool has opened (and if need be created) the file by then
            try (Connection connection = DriverManager.getConnection(url, properties); Statement statement = connection.createStatement()) {
                while (!closed.getAsBoolean()) {
                    statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
                    Thread.sleep(EVERY_MILLIS);
                }
            }
        } catch (SQLException e) {
            if (!closed.getAsBoolean()) { // the writer's own checkpoints go on: slower, not wrong
                LOG.warn("background checkpoints stopped: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        thread.close();
    }
}
