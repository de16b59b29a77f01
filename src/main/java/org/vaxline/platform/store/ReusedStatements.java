package org.vaxline.platform.store;

import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Jdbi's statements on SQLite come from {@link SqliteStatementCache}, so each SQL is prepared once per connection
 * instead of once per use: on SQLite, preparing was a third of the dose writer's time before statements were kept per
 * transaction, and 8 % with them kept per transaction only (JFR). A statement still open when its SQL comes again (a
 * query run inside another's iteration) gets a fresh one. SQLite only: the PostgreSQL driver keeps server-side
 * prepared statements per connection by itself.
 */
final class ReusedStatements extends DefaultStatementBuilder {
    private final Map<Statement, String> inUse = new IdentityHashMap<>();

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
            return super.create(conn, sql, ctx);
        }
        PreparedStatement kept = SqliteStatementCache.take(conn, sql);
        inUse.put(kept, sql);
        return kept;
    }

    @Override
    public void close(Connection conn, String sql, Statement stmt) throws SQLException {
        String key = inUse.remove(stmt);
        if (key != null) {
            stmt.clearWarnings();
            SqliteStatementCache.giveBack(conn, key, (PreparedStatement) stmt);
            return;
        }
        super.close(conn, sql, stmt);
    }

    @Override
    public void close(Connection conn) {
        // a statement Jdbi never gave back (its handle failed mid-use) is closed rather than kept: its state is unknown
        for (Statement stmt : inUse.keySet()) {
            try {
                stmt.close();
            } catch (SQLException ignored) {
                // it dies with its connection
            }
        }
        inUse.clear();
    }
}
