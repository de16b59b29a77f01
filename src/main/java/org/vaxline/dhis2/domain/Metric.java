package org.vaxline.dhis2.domain;

/**
 * The registry's figures a ministry reports to DHIS2, each per province and period, and what each may be broken
 * down by (a DHIS2 category option combo): coverage by series, doses and stock by product.
 */
public enum Metric {
    /** People who reached their first dose of a series in the period. */
    COVERAGE_FIRST_DOSE(Breakdown.SERIES),
    COVERAGE_SECOND_DOSE(Breakdown.SERIES),
    COVERAGE_COMPLETE_SERIES(Breakdown.SERIES),
    COVERAGE_BOOSTER(Breakdown.SERIES),
    /** Doses given at the province's sites in the period (historical doses given elsewhere are not counted). */
    DOSES_GIVEN(Breakdown.PRODUCT),
    /** Doses on hand in the province's facilities at the end of the period's last day (or today, if sooner). */
    STOCK_ON_HAND(Breakdown.PRODUCT),
    /** Doses written off as wastage (opened vials, breakage, VVM, temperature) in the period. */
    WASTAGE(Breakdown.PRODUCT);

    /** What a figure's disaggregation key names. */
    public enum Breakdown { SERIES, PRODUCT }

    private final Breakdown breakdown;

    Metric(Breakdown breakdown) {
        this.breakdown = breakdown;
    }

    public Breakdown breakdown() {
        return breakdown;
    }
}
