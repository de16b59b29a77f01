package org.vaxline.catalog.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Ages in completed years, both bounds included, either one open (null): {@code minYears 2} is "from the second
 * birthday", {@code maxYears 18} "until the 19th". Someone born on 29 February completes a year on 1 March in a
 * year without one.
 */
public record AgeRange(Integer minYears, Integer maxYears) {
    /** No bound at all. */
    public static final AgeRange ANY = new AgeRange(null, null);

    /** Completed years on a day (negative before birth). */
    public static int yearsOn(LocalDate dateOfBirth, LocalDate on) {
        return on.isBefore(dateOfBirth) ? -1 : Period.between(dateOfBirth, on).getYears();
    }

    public boolean contains(int years) {
        return (minYears == null || years >= minYears) && (maxYears == null || years <= maxYears);
    }

    public boolean unbounded() {
        return minYears == null && maxYears == null;
    }

    /** The range as people read it: "ages 2 and over", "ages 10 to 60", "ages up to 18", "any age". */
    public String describe() {
        if (minYears != null && maxYears != null) {
            return "ages " + minYears + " to " + maxYears;
        }
        if (minYears != null) {
            return "ages " + minYears + " and over";
        }
        return maxYears != null ? "ages up to " + maxYears : "any age";
    }
}
