package org.vaxline.registry.domain;

import org.vaxline.catalog.domain.RegimenDose;
import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Infers a new dose's number and kind from the person's earlier doses in the series, and refuses a dose given before its
 * minimum interval unless someone says why (the reason is recorded with the dose).
 */
public final class DosePolicy {
    private DosePolicy() {
    }

    /**
     * @param given    the earlier doses in the series
     * @param regimen  the regimen of the product being given
     * @param override why the interval may be short, or null
     */
    public static DoseDecision decide(List<PriorDose> given, List<RegimenDose> regimen, SeriesRule rule, LocalDate givenOn,
                                      String override) {
        int count = given.size();
        if (count == 0) {
            return new DoseDecision(1, DoseKind.PRIMARY, null);
        }
        int minDays;
        DoseKind kind;
        if (count < regimen.size()) {
            minDays = regimen.get(count).minIntervalDays();
            kind = DoseKind.PRIMARY;
        } else if (rule.boosterMinIntervalDays() != null) {
            minDays = rule.boosterMinIntervalDays();
            kind = DoseKind.BOOSTER;
        } else {
            throw new VaxlineException(RegistryError.SERIES_COMPLETE, "the " + rule.seriesCode() + " series is complete ("
                    + count + " doses) and its rule allows no booster", Map.of(), Map.of("dosesGiven", count));
        }
        LocalDate last = PriorDose.last(given).givenOn();
        LocalDate earliest = last.plusDays(minDays);
        if (givenOn.isBefore(earliest) && (override == null || override.isBlank())) {
            throw new VaxlineException(RegistryError.DOSE_INTERVAL_TOO_SHORT,
                    "givenOn: dose " + (count + 1) + " of " + rule.seriesCode() + " may be given from " + earliest
                            + " (" + minDays + " days after the dose of " + last + "); give an intervalOverrideReason to record it earlier",
                    Map.of("givenOn", "before the earliest date " + earliest),
                    Map.of("earliestOn", earliest.toString(), "doseNumber", count + 1, "seriesCode", rule.seriesCode(),
                            "minDays", minDays, "previousOn", last.toString()));
        }
        return new DoseDecision(count + 1, kind, earliest);
    }
}
