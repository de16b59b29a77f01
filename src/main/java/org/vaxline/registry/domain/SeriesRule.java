package org.vaxline.registry.domain;

/**
 * How a product's doses count: products with the same series code complete each other's series (mixing), and after a
 * complete primary series a booster may follow once {@code boosterMinIntervalDays} have passed (never when null).
 */
public record SeriesRule(String productCode, String seriesCode, Integer boosterMinIntervalDays) {
    /** A product without a rule is a series of its own, without boosters. */
    public static SeriesRule ownSeries(String productCode) {
        return new SeriesRule(productCode, productCode, null);
    }
}
