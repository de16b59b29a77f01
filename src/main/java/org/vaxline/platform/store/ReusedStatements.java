package org.vaxline.platform.store;

import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Keeps each SQL's prepared statement for the life of a handle (one transaction), so a batch of doses recorded together
 * parses each statement once instead of once per dose: on SQLite, preparing was a third of the dose writer's time
 * (JFR). A statement still open when its SQL comes again (a query run inside another's iteration) gets a fresh one.
 * SQLite only: the PostgreSQL driver keeps server-side prepared statements per connection by itself.
 */
final class ReusedStatements extends DefaultStatementBuilder {
    private final Map<String, PreparedStatement> idle = new HashMap<>();
    private final Map<Statement, String> inUse = new IdentityHashMap<>();

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
            return super.create(conn, sql, ctx);
        }
        PreparedStatement kept = idle.remove(sql);
        if (kept == null || kept.isClosed()) {
            kept = conn.prepareStatement(sql);
        } else {
            kept.clearParameters();
        }
        inUse.put(kept, sql);
        return kept;
    }

    @Override
    public void close(Connection conn, String sql, Statement stmt) throws SQLException {
        String key = inUse.remove(stmt);
        if (key != null && !idle.containsKey(key) && !stmt.isClosed()) {
            stmt.clearWarnings();
            idle.put(key, (PreparedStatement) stmt);
            return;
        }
        super.close(conn, sql, stmt);
    }

    @Override
    public void close(Connection conn) {
        for (PreparedStatement stmt : idle.values()) {
            try {
                stmt.close();
            } catch (SQLException ignored) {
                // the connection goes back to the pool; a statement that cannot close dies with it
            }
        }
        idle.clear();
        inUse.clear();
    }
}
