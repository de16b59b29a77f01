package org.vaxline.registry.domain;

import org.vaxline.catalog.domain.RegimenDose;

import java.time.LocalDate;
import java.util.List;

/** Computes a person's next dose in a series from the regimen (data) and the doses already given. */
public final class SchedulePolicy {
    private SchedulePolicy() {
    }

    /**
     * @param given   the doses given in this series (any order, at least one)
     * @param regimen the regimen of the product of the last dose, which sets the next interval when products are mixed
     * @param rule    the series rule (booster interval)
     * @param asOf    the day the question is asked, for overdue
     */
    public static Schedule of(List<PriorDose> given, List<RegimenDose> regimen, SeriesRule rule, LocalDate asOf) {
        int count = given.size();
        LocalDate last = PriorDose.last(given).givenOn();
        if (count < regimen.size()) {
            RegimenDose next = regimen.get(count);
            LocalDate due = last.plusDays(next.recommendedIntervalDays());
            return new Schedule(rule.seriesCode(), count, count + 1, DoseKind.PRIMARY, last.plusDays(next.minIntervalDays()),
                    due, asOf.isAfter(due), false);
        }
        if (rule.boosterMinIntervalDays() == null) {
            return new Schedule(rule.seriesCode(), count, null, null, null, null, false, true);
        }
        LocalDate booster = last.plusDays(rule.boosterMinIntervalDays());
        return new Schedule(rule.seriesCode(), count, count + 1, DoseKind.BOOSTER, booster, booster, asOf.isAfter(booster), true);
    }
}
