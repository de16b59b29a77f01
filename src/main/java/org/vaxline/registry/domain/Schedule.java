package org.vaxline.registry.domain;

import java.time.LocalDate;

/**
 * Where a person stands in one series.
 *
 * @param nextDoseNumber null when the series is complete and has no booster
 * @param earliestOn     the first day the next dose counts (last dose + its minimum interval)
 * @param dueOn          the day it is due (last dose + its recommended interval)
 * @param overdue        the day asked about is after the due day
 * @param complete       the primary series is complete
 */
public record Schedule(String seriesCode, int dosesGiven, Integer nextDoseNumber, DoseKind nextKind, LocalDate earliestOn,
                       LocalDate dueOn, boolean overdue, boolean complete) {
}
