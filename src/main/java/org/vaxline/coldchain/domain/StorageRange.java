package org.vaxline.coldchain.domain;

/** A product's storage range in °C, from its master data. */
public record StorageRange(double minC, double maxC) {

    /** Broken when any moment of the excursion was colder than the minimum or warmer than the maximum. */
    public boolean brokenBy(double lowestC, double highestC) {
        return lowestC < minC || highestC > maxC;
    }

    public String describe() {
        return Temperatures.format(minC) + "–" + Temperatures.format(maxC) + " °C";
    }
}
