package org.vaxline.dhis2.domain;

/**
 * One of the registry's figures for a period.
 *
 * @param key the series code (coverage) or the product code (doses, stock, wastage) it counts
 */
public record Figure(Metric metric, String provinceCode, String key, long value) {
}
