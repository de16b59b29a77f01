package org.vaxline.registry.domain;

import org.vaxline.catalog.domain.RegimenDose;

import java.time.LocalDate;
import java.util.List;

/**
 * Numbers a historical dose, given elsewhere and reported after the fact. It is a fact of the past, so no interval or
 * series rule refuses it (the dates are still checked by {@link DoseDatePolicy}); its number is its place among the
 * person's doses in the series by the day each was given, and past the product's primary doses it is a booster.
 */
public final class HistoricalDosePolicy {
    private HistoricalDosePolicy() {
    }

    /** @param regimen the product's primary doses; null or empty when unknown (an external product) */
    public static DoseDecision number(List<PriorDose> given, List<RegimenDose> regimen, LocalDate givenOn) {
        int before = (int) given.stream().filter(d -> !d.givenOn().isAfter(givenOn)).count();
        int number = before + 1;
        boolean booster = regimen != null && !regimen.isEmpty() && number > regimen.size();
        return new DoseDecision(number, booster ? DoseKind.BOOSTER : DoseKind.PRIMARY, null);
    }
}
