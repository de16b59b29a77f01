package org.vaxline.platform.store;

import org.jdbi.v3.core.Handle;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Many rows in one transaction, each behind a savepoint of its own (an import): a row refused after it began writing is
 * undone alone, and the others still commit together, one commit for all of them instead of one each. Rows the
 * transaction holds back ({@link DeferredWrites}) are written before the savepoint and before its undoing, so that the
 * savepoint divides them as it divides the rest; what the transaction remembered ({@link TransactionMemo}) is forgotten
 * when a row is undone.
 */
public final class Savepoints {
    private static final String NAME = "one_row";

    private Savepoints() {
    }

    /** Runs the work behind a savepoint of the transaction on this handle; if it throws, what it wrote is undone. */
    public static <R> R undoneIfThrown(Handle h, Supplier<R> work) {
        flushHeld(h);
        h.savepoint(NAME);
        R result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            try {
                flushHeld(h);
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed); // what it held is dropped with it; the savepoint undoes what it wrote
            }
            h.rollbackToSavepoint(NAME); // Jdbi forgets the savepoint then: the next row sets a fresh one
            TransactionMemo.of(h).forgetAll(); // what the transaction remembered may be what was just undone
            throw e;
        }
        h.release(NAME);
        return result;
    }

    private static void flushHeld(Handle h) {
        try {
            DeferredWrites.flushBefore(h.getConnection());
        } catch (SQLException e) {
            throw new DeferredWrites.WriteFailed(e);
        }
    }
}
