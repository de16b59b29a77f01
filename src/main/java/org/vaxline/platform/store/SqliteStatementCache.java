package org.vaxline.platform.store;

import org.sqlite.SQLiteConnection;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLite's prepared statements kept per database connection, across transactions: a batch of online doses runs about
 * fifteen statements, and preparing them again in each batch was 8 % of the dose writer's time (JFR, 64 clients).
 * The pool hands out a new wrapper of the same SQLite connection at each borrow and closes the statements prepared
 * through it when it is given back, so statements are prepared on the SQLite connection itself and kept here.
 * sqlite-jdbc keeps no cache of its own (the PostgreSQL driver does: server-side statements after five uses).
 *
 * <p>A statement given back is reset, so an idle one holds no read snapshot of the store. Each connection keeps at
 * most {@link #PER_CONNECTION} statements, the least recently used closed first; a connection the pool has retired is
 * forgotten with its statements. One connection is used by one thread at a time (the pool's promise), so its own map needs no lock.
 */
final class SqliteStatementCache {
    static final int PER_CONNECTION = 256;
    private static final Map<SQLiteConnection, Kept> BY_CONNECTION = new IdentityHashMap<>();

    private SqliteStatementCache() {
    }

    /** A connection's idle statements, least recently used first. */
    private static final class Kept extends LinkedHashMap<String, PreparedStatement> {
        Kept() {
            super(64, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > PER_CONNECTION) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    }

    /** The SQL's idle statement on this connection, or a new one prepared on the SQLite connection itself. */
    static PreparedStatement take(Connection connection, String sql) throws SQLException {
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        PreparedStatement kept = kept(sqlite).remove(sql);
        if (kept != null && !kept.isClosed()) {
            kept.clearParameters();
            return kept;
        }
        return sqlite.prepareStatement(sql);
    }

    /** Keeps a statement taken here for the next use of its SQL on the same connection (closing one already kept). */
    static void giveBack(Connection connection, String sql, PreparedStatement statement) throws SQLException {
        if (statement.isClosed()) {
            return;
        }
        statement.clearBatch();
        // reset now, whatever its result set's state: an idle statement must hold no read snapshot of the store
        ((CoreStatement) statement).pointer.safeRunInt(DB::reset);
        PreparedStatement previous = kept(connection.unwrap(SQLiteConnection.class)).put(sql, statement);
        if (previous != null && previous != statement) {
            closeQuietly(previous);
        }
    }

    private static Kept kept(SQLiteConnection sqlite) {
        synchronized (BY_CONNECTION) {
            Kept kept = BY_CONNECTION.get(sqlite);
            if (kept == null) {
                forgetRetired();
                kept = new Kept();
                BY_CONNECTION.put(sqlite, kept);
            }
            return kept;
        }
    }

    /** A new connection came: the pool may have retired others, whose statements died with them. */
    private static void forgetRetired() {
        List<SQLiteConnection> retired = new ArrayList<>();
        for (SQLiteConnection c : BY_CONNECTION.keySet()) {
            try {
                if (c.isClosed()) {
                    retired.add(c);
                }
            } catch (SQLException e) {
                retired.add(c);
            }
        }
        retired.forEach(BY_CONNECTION::remove);
    }

    /** How many statements are kept for this connection (for tests). */
    static int keptFor(Connection connection) throws SQLException {
        return kept(connection.unwrap(SQLiteConnection.class)).size();
    }

    /** Whether statements of this connection are kept (for tests: a closed connection's are forgotten). */
    static boolean remembers(Connection connection) throws SQLException {
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        synchronized (BY_CONNECTION) {
            return BY_CONNECTION.containsKey(sqlite);
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // a statement that cannot close is finalised with its connection
        }
    }
}
