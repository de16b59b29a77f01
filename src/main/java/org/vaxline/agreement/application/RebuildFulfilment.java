package org.vaxline.agreement.application;

import org.vaxline.agreement.store.DeliveryLedger;
import org.vaxline.platform.store.Store;

/** Rebuilds the fulfilment projection from the delivery ledger and tells whether it had drifted. */
public final class RebuildFulfilment {
    private final Store store;
    private final DeliveryLedger ledger;

    public RebuildFulfilment(Store store, DeliveryLedger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    /** @param mismatchesBefore projection rows that differed from the ledger before the rebuild (0 means it matched) */
    public record Outcome(int mismatchesBefore, int mismatchesAfter) {
        public boolean matched() {
            return mismatchesBefore == 0;
        }
    }

    public Outcome rebuild() {
        return store.inTransaction(h -> {
            int before = ledger.countMismatches(h);
            ledger.rebuild(h);
            return new Outcome(before, ledger.countMismatches(h));
        });
    }
}
