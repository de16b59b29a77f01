package org.vaxline.coverage.domain;

import java.time.LocalDate;

/**
 * One cell of the coverage cube: people who reached a milestone of a series on a day, in a province, commune,
 * priority group and age band. Every report (by province, commune, group, age or day) sums these cells.
 *
 * @param commune the commune's id as text, or {@code -} when the person's commune is not known
 */
public record CoverageCell(String seriesCode, String provinceCode, String commune, String priorityGroup, AgeBand ageBand,
                           LocalDate day, CoverageMetric metric) {
    public static final String NO_COMMUNE = "-";
}
