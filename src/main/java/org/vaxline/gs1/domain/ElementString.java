package org.vaxline.gs1.domain;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated GS1 element string: each AI with its value as written, in the order read, and typed views of the
 * values a vaccination site needs. Dates are resolved against the reference year the string was parsed with.
 */
public final class ElementString {
    private final Map<String, String> elements;
    private final Year referenceYear;

    ElementString(Map<String, String> elements, Year referenceYear) {
        this.elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        this.referenceYear = referenceYear;
    }

    /** AI → raw value, in the order the input gave them. */
    public Map<String, String> elements() {
        return elements;
    }

    public Optional<String> get(String ai) {
        return Optional.ofNullable(elements.get(ai));
    }

    public Year referenceYear() {
        return referenceYear;
    }

    /** AI (01): the GTIN-14 (a GTIN-8, -12 or -13 appears left-padded with zeros). */
    public Optional<String> gtin() {
        return get("01");
    }

    /** AI (00): the SSCC of a logistic unit. */
    public Optional<String> sscc() {
        return get("00");
    }

    /** AI (10): the batch or lot number. */
    public Optional<String> lot() {
        return get("10");
    }

    /** AI (21): the serial number. */
    public Optional<String> serial() {
        return get("21");
    }

    /** AI (17): the expiry date; DD=00 reads as the last day of the month. */
    public Optional<LocalDate> expiry() {
        return date("17", true);
    }

    /** AI (15): the best-before date; DD=00 reads as the last day of the month. */
    public Optional<LocalDate> bestBefore() {
        return date("15", true);
    }

    /** AI (11): the production date. */
    public Optional<LocalDate> productionDate() {
        return date("11", false);
    }

    /** AI (30): the variable count of items. */
    public Optional<Integer> count() {
        return get("30").map(Integer::valueOf);
    }

    /** AI (37): the count of trade items contained in a logistic unit. */
    public Optional<Integer> tradeItemCount() {
        return get("37").map(Integer::valueOf);
    }

    private Optional<LocalDate> date(String ai, boolean dayZeroIsMonthEnd) {
        return get(ai).map(value -> Gs1Date.resolve(value, referenceYear, dayZeroIsMonthEnd));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ElementString that && elements.equals(that.elements) && referenceYear.equals(that.referenceYear);
    }

    @Override
    public int hashCode() {
        return Objects.hash(elements, referenceYear);
    }

    @Override
    public String toString() {
        return ElementStringRenderer.bracketed(elements);
    }
}
