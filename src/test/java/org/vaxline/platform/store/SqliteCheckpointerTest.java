package org.vaxline.platform.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a SQLite store commits reaches the database file without any commit copying it there: the store's own
 * checkpointer does it beside the writer (a commit checkpoints only past thousands of pages).
 */
class SqliteCheckpointerTest {
    @TempDir
    Path dir;

    @Test
    void startsTheLogAgainOnlyWhenItIsLongAndAllCopied() {
        assertThat(SqliteCheckpointer.restartDue(100_000, 100_000, 100_000)).isTrue();
        assertThat(SqliteCheckpointer.restartDue(150_000, 150_000, 100_000)).isTrue();
        assertThat(SqliteCheckpointer.restartDue(150_000, 149_000, 100_000)).as("pages left to copy").isFalse();
        assertThat(SqliteCheckpointer.restartDue(99_999, 99_999, 100_000)).as("short").isFalse();
        assertThat(SqliteCheckpointer.restartDue(-1, -1, 100_000)).as("not in WAL mode").isFalse();
        assertThat(SqliteCheckpointer.WRITER_CHECKPOINT_PAGES).as("the writers' own bound lies beyond the restart")
                .isGreaterThan(SqliteCheckpointer.RESTART_PAGES);
    }

    /** The restarting checkpointer still copies the log: the rows written are in the file and the log starts again. */
    @Test
    void aLogPastTheRestartLengthIsStartedAgain() throws Exception {
        Path data = dir.resolve("restarted");
        try (Store store = Store.embedded(data)) {
            String url = Store.embeddedUrl(data);
            try (SqliteCheckpointer restarting = new SqliteCheckpointer(url, 200)) {
                fillFourMegabytes(store);
                long deadline = System.nanoTime() + 10_000_000_000L;
                int logPages = Integer.MAX_VALUE;
                // -1: the checkpointer held the log's checkpoint lock at that moment, so this one could not look; ask again
                while ((logPages < 0 || logPages >= 200) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    store.inTransaction(h -> h.execute("INSERT INTO filler (n, pad) VALUES (-1, 'y') ON CONFLICT (n) DO UPDATE SET pad = pad || 'y'"));
                    logPages = store.read(h -> h.createQuery("PRAGMA wal_checkpoint(PASSIVE)").mapToMap().one().get("log") instanceof Number n ? n.intValue() : -1);
                }
                assertThat(logPages).as("pages in the log after a write that followed the restart").isBetween(0, 199);
            }
            assertThat(rows(store)).isEqualTo(4_001);
        }
    }

    @Test
    void committedPagesReachTheDatabaseFileInTheBackground() throws Exception {
        Path data = dir.resolve("store");
        try (Store store = Store.embedded(data)) {
            Path file = Store.embeddedFile(data);
            long before = Files.size(file);
            fillFourMegabytes(store);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (Files.size(file) < before + 4_000_000 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(Files.size(file)).as("the database file after the checkpoint").isGreaterThanOrEqualTo(before + 4_000_000);
            assertThat(rows(store)).isEqualTo(4_000);
        }
    }

    /** About 4 MB in one transaction: a thousand pages, far below the writers' own checkpoint threshold. */
    private static void fillFourMegabytes(Store store) {
        store.inTransaction(h -> h.execute("CREATE TABLE filler (n INTEGER PRIMARY KEY, pad TEXT NOT NULL)"));
        store.inTransaction(h -> {
            var batch = h.prepareBatch("INSERT INTO filler (n, pad) VALUES (?, ?)");
            for (int n = 0; n < 4_000; n++) {
                batch.add(n, "x".repeat(1_000));
            }
            return batch.execute();
        });
    }

    private static int rows(Store store) {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM filler").mapTo(Integer.class).one());
    }
}
