package org.vaxline.coverage.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.coverage.domain.CoverageCell;
import org.vaxline.coverage.domain.Milestones;
import org.vaxline.coverage.store.CoverageStore;
import org.vaxline.coverage.store.CoverageTotals;
import org.vaxline.platform.store.Projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Coverage as a projection of the registries: a recount walks every person once, by surviving identity, works out
 * their milestones from all their doses, and builds the cube in memory (its cells are few next to the people). A person
 * counted twice — a merged duplicate still counted on its own — shows as a mismatch.
 */
public final class CoverageRecount implements Projection {
    private final CoverageStore cells;
    private final PersonHistories histories;

    public CoverageRecount(CoverageStore cells, PersonHistories histories) {
        this.cells = cells;
        this.histories = histories;
    }

    private record Recount(Map<CoverageCell, Long> cube, Map<UUID, List<CoverageCell>> milestones) {
    }

    private Recount recount() {
        Map<CoverageCell, Long> cube = new HashMap<>();
        Map<UUID, List<CoverageCell>> milestones = new HashMap<>();
        histories.forEach(history -> {
            List<CoverageCell> reached = new ArrayList<>();
            history.series().forEach((series, doses) -> reached.addAll(Milestones.reached(history.person(), series, doses)));
            reached.forEach(cell -> cube.merge(cell, 1L, Long::sum));
            if (!reached.isEmpty()) {
                milestones.put(history.person().personId(), reached);
            }
        });
        return new Recount(cube, milestones);
    }

    @Override
    public int countMismatches(Handle h) {
        Recount expected = recount();
        return differences(expected.cube(), cells.all(h)) + differences(asSets(expected.milestones()), asSets(cells.allMilestones(h)))
                + differences(CoverageTotals.of(expected.cube()), cells.allTotals(h));
    }

    @Override
    public void rebuild(Handle h) {
        Recount expected = recount();
        cells.replaceAll(h, expected.cube(), expected.milestones());
    }

    private static Map<UUID, HashSet<CoverageCell>> asSets(Map<UUID, List<CoverageCell>> byPerson) {
        Map<UUID, HashSet<CoverageCell>> sets = new HashMap<>();
        byPerson.forEach((person, list) -> sets.put(person, new HashSet<>(list)));
        return sets;
    }

    private static <K, V> int differences(Map<K, V> expected, Map<K, V> stored) {
        int mismatches = 0;
        for (Map.Entry<K, V> e : expected.entrySet()) {
            mismatches += Objects.equals(stored.get(e.getKey()), e.getValue()) ? 0 : 1;
        }
        for (K key : stored.keySet()) {
            mismatches += expected.containsKey(key) ? 0 : 1;
        }
        return mismatches;
    }
}
