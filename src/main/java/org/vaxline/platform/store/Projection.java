package org.vaxline.platform.store;

import org.jdbi.v3.core.Handle;

/** A table derived from a ledger: it can say how far it has drifted from a recount, and be rebuilt from it. */
public interface Projection {
    /** Rows that differ from a recount of the ledger. */
    int countMismatches(Handle h);

    /** Replaces the projection with a recount of the ledger. */
    void rebuild(Handle h);

    /** Rebuilds in one transaction and reports how many rows had drifted, before and after. */
    static Rebuilt rebuild(Store store, Projection projection) {
        return store.inTransaction(h -> {
            int before = projection.countMismatches(h);
            projection.rebuild(h);
            return new Rebuilt(before, projection.countMismatches(h));
        });
    }

    /** @param mismatchesBefore rows that differed from the ledger before the rebuild (0: it matched) */
    record Rebuilt(int mismatchesBefore, int mismatchesAfter) {
        public boolean matched() {
            return mismatchesBefore == 0;
        }
    }
}
