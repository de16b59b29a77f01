package org.vaxline.platform.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SQLite statements kept per connection, on real SQLite files: reused, never stale, bounded, forgotten with their connection. */
class SqliteStatementCacheTest {
    @TempDir
    Path dir;

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("cache.db"));
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE IF NOT EXISTS t (n INTEGER)");
        }
        return c;
    }

    private static long count(Connection c, String sql) throws SQLException {
        PreparedStatement ps = SqliteStatementCache.take(c, sql);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } finally {
            SqliteStatementCache.giveBack(c, sql, ps);
        }
    }

    @Test
    void aStatementIsPreparedOncePerConnectionAndBindsAfresh() throws Exception {
        try (Connection c = open()) {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO t VALUES (1), (2), (3)");
            }
            String sql = "SELECT count(*) FROM t WHERE n >= ?";
            PreparedStatement first = SqliteStatementCache.take(c, sql);
            first.setInt(1, 2);
            try (ResultSet rs = first.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2);
            }
            SqliteStatementCache.giveBack(c, sql, first);

            PreparedStatement again = SqliteStatementCache.take(c, sql);
            assertThat(again).isSameAs(first);
            again.setInt(1, 3);
            try (ResultSet rs = again.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
            // taken twice before being given back: the second use gets a statement of its own
            PreparedStatement meanwhile = SqliteStatementCache.take(c, sql);
            assertThat(meanwhile).isNotSameAs(again);
            SqliteStatementCache.giveBack(c, sql, again);
            SqliteStatementCache.giveBack(c, sql, meanwhile);
            assertThat(again.isClosed()).as("the one replaced in the cache is closed").isTrue();
        }
    }

    @Test
    void anIdleStatementHoldsNoReadSnapshot() throws Exception {
        try (Connection reader = open(); Connection writer = open()) {
            String sql = "SELECT n FROM t";
            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO t VALUES (1), (2)");
            }
            // given back with its rows still open (a caller that stopped reading half-way)
            PreparedStatement half = SqliteStatementCache.take(reader, sql);
            ResultSet rows = half.executeQuery();
            assertThat(rows.next()).isTrue();
            SqliteStatementCache.giveBack(reader, sql, half);

            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO t VALUES (3)");
            }
            // a snapshot still held by the idle statement would show the reader's next query the table without row 3
            assertThat(count(reader, "SELECT count(*) FROM t")).isEqualTo(3);
            // and would stop a checkpoint from copying the whole log into the database
            try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                rs.next();
                assertThat(rs.getInt(1)).as("checkpoint busy").isZero();
            }
        }
    }

    @Test
    void aConnectionKeepsABoundedNumberOfStatements() throws Exception {
        try (Connection c = open()) {
            List<PreparedStatement> given = new ArrayList<>();
            int more = SqliteStatementCache.PER_CONNECTION + 44;
            for (int i = 0; i < more; i++) {
                String sql = "SELECT " + i + " FROM t";
                PreparedStatement ps = SqliteStatementCache.take(c, sql);
                ps.executeQuery().close();
                SqliteStatementCache.giveBack(c, sql, ps);
                given.add(ps);
            }
            assertThat(SqliteStatementCache.keptFor(c)).isEqualTo(SqliteStatementCache.PER_CONNECTION);
            assertThat(given.subList(0, 44)).as("the least recently used, closed").allMatch(SqliteStatementCacheTest::closed);
            assertThat(given.subList(44, more)).noneMatch(SqliteStatementCacheTest::closed);
        }
    }

    @Test
    void aClosedConnectionIsForgottenWithItsStatements() throws Exception {
        Connection retired = open();
        count(retired, "SELECT count(*) FROM t");
        assertThat(SqliteStatementCache.remembers(retired)).isTrue();
        retired.close();
        try (Connection fresh = open()) {
            count(fresh, "SELECT count(*) FROM t");
            assertThat(SqliteStatementCache.remembers(fresh)).isTrue();
            assertThat(SqliteStatementCache.remembers(retired)).isFalse();
        }
    }

    @Test
    void readsThroughTheStoreSeeEveryCommittedWriteOnEachPooledConnection() throws Exception {
        Store store = Store.embedded(dir.resolve("store"));
        try {
            store.inTransaction(h -> h.execute("CREATE TABLE counted (n INTEGER)"));
            java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                for (int i = 1; i <= 40; i++) {
                    int n = i;
                    store.inTransaction(h -> h.execute("INSERT INTO counted VALUES (?)", n));
                    // four readers at once, so each of the pool's connections reads with the statement it kept before
                    List<java.util.concurrent.Future<Integer>> counts = new ArrayList<>();
                    for (int r = 0; r < 4; r++) {
                        counts.add(readers.submit(() -> store.read(h -> h.createQuery("SELECT count(*) FROM counted")
                                .mapTo(Integer.class).one())));
                    }
                    for (var count : counts) {
                        assertThat(count.get()).isEqualTo(n);
                    }
                }
            } finally {
                readers.shutdownNow();
            }
        } finally {
            store.close();
        }
    }

    private static boolean closed(PreparedStatement ps) {
        try {
            return ps.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
