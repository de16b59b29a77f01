package org.vaxline.access.store;

import java.sql.SQLException;

/** Recognises a unique-index violation on either store, to answer a racing duplicate as a conflict, not a 500. */
final class UniqueViolation {
    private static final String POSTGRES_UNIQUE = "23505";
    private static final int SQLITE_CONSTRAINT = 19;

    private UniqueViolation() {
    }

    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (POSTGRES_UNIQUE.equals(sql.getSQLState())
                    || (sql.getErrorCode() == SQLITE_CONSTRAINT && String.valueOf(sql.getMessage()).contains("UNIQUE")))) {
                return true;
            }
        }
        return false;
    }
}
