package org.vaxline.coverage.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.coverage.domain.CoverageCell;
import org.vaxline.coverage.domain.Milestones;
import org.vaxline.coverage.domain.PersonFacts;
import org.vaxline.coverage.domain.PersonHistory;
import org.vaxline.coverage.domain.SeriesDose;
import org.vaxline.coverage.store.CoverageStore;
import org.vaxline.platform.store.Store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Moves coverage with what the registries announce, inside their transactions: a person's milestones are worked out
 * anew from their doses, compared with the milestones stored for them, and the cube moves by the difference only. So a
 * dose, a reversed dose, a merge or a corrected birth date or province each count every person once.
 */
public final class CountCoverage {
    private final Store store;
    private final CoverageStore cells;
    private final PersonHistories histories;

    public CountCoverage(Store store, CoverageStore cells, PersonHistories histories) {
        this.store = store;
        this.cells = cells;
        this.histories = histories;
    }

    /** A person's doses in one series changed (a dose recorded or reversed): {@code doses} is the series now. */
    public void seriesChanged(UUID survivorId, String seriesCode, List<SeriesDose> doses) {
        store.inTransaction(h -> {
            PersonFacts person = histories.person(survivorId).orElseThrow();
            replace(h, survivorId, seriesCode, Milestones.reached(person, seriesCode, doses));
            return null;
        });
    }

    /**
     * A dose was added to a person's series: the milestones the series reached before ({@code before}, the stored ones,
     * as every change keeps them so) and after are worked out from the doses, and only the difference is written, without
     * reading the stored milestones back (issue 13: a dose's statements are counted).
     */
    public void seriesGrew(UUID survivorId, String seriesCode, List<SeriesDose> before, List<SeriesDose> after) {
        store.inTransaction(h -> {
            PersonFacts person = histories.person(survivorId).orElseThrow();
            List<CoverageCell> was = Milestones.reached(person, seriesCode, before);
            List<CoverageCell> now = Milestones.reached(person, seriesCode, after);
            Set<CoverageCell> kept = new HashSet<>(was);
            kept.retainAll(now);
            List<CoverageCell> gone = was.stream().filter(c -> !kept.contains(c)).toList();
            List<CoverageCell> reached = now.stream().filter(c -> !kept.contains(c)).toList();
            gone.forEach(c -> cells.remove(h, c, 1));
            gone.forEach(c -> cells.deleteMilestone(h, survivorId, c));
            cells.addAll(h, reached);
            cells.insertMilestones(h, survivorId, reached);
            return null;
        });
    }

    /**
     * A person changed as a whole (merged, corrected): their milestones in every series are worked out again, and the
     * records that no longer stand for anyone (merged away) lose theirs.
     */
    public void personChanged(UUID survivorId, Collection<UUID> mergedAway) {
        store.inTransaction(h -> {
            for (UUID gone : mergedAway) {
                replace(h, gone, null, List.of());
            }
            PersonHistory history = histories.of(survivorId).orElseThrow();
            List<CoverageCell> reached = new ArrayList<>();
            history.series().forEach((series, doses) -> reached.addAll(Milestones.reached(history.person(), series, doses)));
            replace(h, survivorId, null, reached);
            return null;
        });
    }

    private void replace(Handle h, UUID personId, String seriesCode, List<CoverageCell> now) {
        List<CoverageCell> before = cells.milestones(h, personId, seriesCode);
        if (before.equals(now)) {
            return;
        }
        Set<CoverageCell> kept = new HashSet<>(before);
        kept.retainAll(now);
        before.stream().filter(c -> !kept.contains(c)).forEach(c -> cells.remove(h, c, 1));
        now.stream().filter(c -> !kept.contains(c)).forEach(c -> cells.add(h, c, 1));
        cells.deleteMilestones(h, personId, seriesCode);
        now.forEach(c -> cells.insertMilestone(h, personId, c));
    }
}
