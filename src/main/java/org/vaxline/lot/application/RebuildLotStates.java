package org.vaxline.lot.application;

import org.vaxline.lot.store.LotStateProjection;
import org.vaxline.platform.store.Store;

/** Rebuilds the lot state projection from the ledgers and tells whether it had drifted. */
public final class RebuildLotStates {
    private final Store store;
    private final LotStateProjection states;

    public RebuildLotStates(Store store, LotStateProjection states) {
        this.store = store;
        this.states = states;
    }

    /** @param mismatchesBefore lots whose projection differed from the ledgers before the rebuild (0: it matched) */
    public record Outcome(int mismatchesBefore, int mismatchesAfter) {
        public boolean matched() {
            return mismatchesBefore == 0;
        }
    }

    public Outcome rebuild() {
        return store.inTransaction(h -> {
            int before = states.countMismatches(h);
            states.rebuild(h);
            return new Outcome(before, states.countMismatches(h));
        });
    }
}
