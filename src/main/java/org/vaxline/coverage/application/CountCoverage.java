package org.vaxline.coverage.application;

import org.vaxline.coverage.domain.CoverageCell;
import org.vaxline.coverage.domain.DoseFacts;
import org.vaxline.coverage.store.CoverageStore;
import org.vaxline.platform.store.Store;

/** Moves coverage with a recorded dose, inside the dose's own transaction. */
public final class CountCoverage {
    private final Store store;
    private final CoverageStore cells;

    public CountCoverage(Store store, CoverageStore cells) {
        this.store = store;
        this.cells = cells;
    }

    public void doseRecorded(DoseFacts dose) {
        store.inTransaction(h -> {
            for (CoverageCell cell : CoverageCell.reachedBy(dose)) {
                cells.add(h, cell, 1);
            }
            return null;
        });
    }
}
