package org.vaxline.coverage.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One cell of the coverage cube: people who reached a milestone of a series on a day, in a province, commune,
 * priority group and age band. Every report (by province, commune, group, age or day) sums these cells.
 *
 * @param commune the commune's id as text, or {@code -} when the person's commune is not known
 */
public record CoverageCell(String seriesCode, String provinceCode, String commune, String priorityGroup, AgeBand ageBand,
                           LocalDate day, CoverageMetric metric) {
    public static final String NO_COMMUNE = "-";

    /** The milestones one dose makes its person reach: a first, a second, a completed series, a first booster. */
    public static List<CoverageCell> reachedBy(DoseFacts dose) {
        List<CoverageMetric> metrics = new ArrayList<>();
        if (dose.booster()) {
            if (dose.doseNumber() == 1) {
                metrics.add(CoverageMetric.BOOSTER);
            }
        } else {
            if (dose.doseNumber() == 1) {
                metrics.add(CoverageMetric.FIRST_DOSE);
            }
            if (dose.doseNumber() == 2) {
                metrics.add(CoverageMetric.SECOND_DOSE);
            }
            if (dose.doseNumber() == dose.seriesDoses()) {
                metrics.add(CoverageMetric.COMPLETE_SERIES);
            }
        }
        String commune = dose.communeId() == null ? NO_COMMUNE : dose.communeId().toString();
        AgeBand band = AgeBand.on(dose.dateOfBirth(), dose.givenOn());
        return metrics.stream().map(m -> new CoverageCell(dose.seriesCode(), dose.provinceCode(), commune, dose.priorityGroup(),
                band, dose.givenOn(), m)).toList();
    }
}
