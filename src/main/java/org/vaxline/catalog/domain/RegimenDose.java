package org.vaxline.catalog.domain;

/**
 * One dose of a product's regimen.
 *
 * @param number                  1 for the first dose, then 2, 3, …
 * @param minIntervalDays         the fewest days after the previous dose at which this dose counts (0 for the first)
 * @param recommendedIntervalDays the days after the previous dose at which this dose is due (0 for the first)
 */
public record RegimenDose(int number, int minIntervalDays, int recommendedIntervalDays) {
}
