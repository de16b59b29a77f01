package org.vaxline.platform.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection of an embedded store's pool is set up as the store needs it, as SQLite itself reports: the log
 * (WAL, synchronous NORMAL) and a page cache large enough that a batch of doses at scale does not spill dirty pages
 * mid-transaction (the driver takes these as connection properties; a property it ignored would leave its default).
 */
class SqliteConnectionsTest {
    @TempDir
    Path dir;

    @Test
    void everyPooledConnectionHasTheStoresPragmas() throws Exception {
        try (Store store = Store.embedded(dir.resolve("store"))) {
            // hold all four at once, so each answer comes from a different connection
            List<java.sql.Connection> held = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    held.add(store.dataSource().getConnection());
                }
                for (java.sql.Connection c : held) {
                    assertThat(pragma(c, "cache_size")).isEqualTo(String.valueOf(-Store.SQLITE_CACHE_KIB));
                    assertThat(pragma(c, "journal_mode")).isEqualToIgnoringCase("wal");
                    assertThat(pragma(c, "synchronous")).isEqualTo("1");
                }
            } finally {
                for (java.sql.Connection c : held) {
                    c.close();
                }
            }
        }
    }

    private static String pragma(java.sql.Connection c, String name) throws Exception {
        try (var statement = c.createStatement(); var rs = statement.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
