package org.vaxline.coverage.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.coverage.domain.CoverageCell;
import org.vaxline.coverage.store.CoverageStore;
import org.vaxline.platform.store.Projection;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Coverage as a projection of the dose registry: a full recount walks every dose once and builds the cube in
 * memory (its cells are few next to the doses), so it reads the same on SQLite and PostgreSQL.
 */
public final class CoverageRecount implements Projection {
    private final CoverageStore cells;
    private final DoseHistory doses;

    public CoverageRecount(CoverageStore cells, DoseHistory doses) {
        this.cells = cells;
        this.doses = doses;
    }

    private Map<CoverageCell, Long> recount() {
        Map<CoverageCell, Long> cube = new HashMap<>();
        doses.forEach(dose -> CoverageCell.reachedBy(dose).forEach(cell -> cube.merge(cell, 1L, Long::sum)));
        return cube;
    }

    @Override
    public int countMismatches(Handle h) {
        Map<CoverageCell, Long> expected = recount();
        Map<CoverageCell, Long> stored = cells.all(h);
        int mismatches = 0;
        for (Map.Entry<CoverageCell, Long> e : expected.entrySet()) {
            mismatches += Objects.equals(stored.get(e.getKey()), e.getValue()) ? 0 : 1;
        }
        for (CoverageCell cell : stored.keySet()) {
            mismatches += expected.containsKey(cell) ? 0 : 1;
        }
        return mismatches;
    }

    @Override
    public void rebuild(Handle h) {
        cells.replaceAll(h, recount());
    }
}
