package org.vaxline.platform.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure caused by a concurrent transaction from one caused by the work itself. PostgreSQL reports a unique
 * key another transaction committed first (23505), a serialization failure (40001) and a deadlock (40P01); SQLite runs
 * write transactions one at a time, so it reports only busy or locked after its timeout (codes 5 and 6).
 */
final class Contention {
    private static final Set<String> RETRYABLE_STATES = Set.of("23505", "40001", "40P01");

    private Contention() {
    }

    static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null && RETRYABLE_STATES.contains(sql.getSQLState())) {
                    return true;
                }
                int code = sql.getErrorCode() & 0xff;
                if (sql.getClass().getName().startsWith("org.sqlite") && (code == 5 || code == 6)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
