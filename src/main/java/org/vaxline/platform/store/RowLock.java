package org.vaxline.platform.store;

import org.jdbi.v3.core.Handle;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Locks one row until the transaction ends, so decisions about the same thing (one person's doses) are taken one at a
 * time. PostgreSQL locks the row ({@code FOR UPDATE}); SQLite needs nothing, its write transactions already run one at
 * a time (they begin IMMEDIATE).
 */
public final class RowLock {
    private RowLock() {
    }

    /**
     * @param table a table name written in code, never user input
     * @return whether the row exists
     */
    public static boolean lock(Handle h, String table, UUID id) {
        String sql = "SELECT id FROM " + table + " WHERE id = :id" + (isPostgres(h) ? " FOR UPDATE" : "");
        return h.createQuery(sql).bind("id", id).mapTo(String.class).findOne().isPresent();
    }

    private static boolean isPostgres(Handle h) {
        try {
            return h.getConnection().getMetaData().getURL().startsWith("jdbc:postgresql:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database of a connection", e);
        }
    }
}
