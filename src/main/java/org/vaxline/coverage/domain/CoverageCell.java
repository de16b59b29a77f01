package org.vaxline.coverage.domain;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One cell of the coverage cube: people who reached a milestone of a series on a day, in a province, commune,
 * priority group and age band. Every report (by province, commune, group, age or day) sums these cells.
 *
 * @param commune the commune's id as text, or {@code -} when the person's commune is not known
 */
public record CoverageCell(String seriesCode, String provinceCode, String commune, String priorityGroup, AgeBand ageBand,
                           LocalDate day, CoverageMetric metric) implements Comparable<CoverageCell> {
    public static final String NO_COMMUNE = "-";
    /** Cells in one order, so transactions adding to the same cells write them in the same order. */
    private static final Comparator<CoverageCell> ORDER = Comparator
            .comparing(CoverageCell::seriesCode, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(CoverageCell::provinceCode, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(CoverageCell::commune, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(CoverageCell::priorityGroup, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(CoverageCell::ageBand, Comparator.nullsFirst(Comparator.<AgeBand>naturalOrder()))
            .thenComparing(CoverageCell::day, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(CoverageCell::metric, Comparator.nullsFirst(Comparator.<CoverageMetric>naturalOrder()));

    @Override
    public int compareTo(CoverageCell other) {
        return ORDER.compare(this, other);
    }
}
