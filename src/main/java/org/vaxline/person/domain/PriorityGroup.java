package org.vaxline.person.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A group of people served first (health workers, over 65 …): data from the store, named in Vietnamese and English,
 * with the ages it admits in completed years (null: no bound).
 */
public record PriorityGroup(String code, String nameVi, String nameEn, Integer minAgeYears, Integer maxAgeYears) {
    public static final String GENERAL = "GENERAL";

    public PriorityGroup(String code, String nameVi, String nameEn) {
        this(code, nameVi, nameEn, null, null);
    }

    /** Completed years on a day; someone born on 29 February completes a year on 1 March in a year without one. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate on) {
        return on.isBefore(dateOfBirth) ? -1 : Period.between(dateOfBirth, on).getYears();
    }

    public boolean admits(int ageYears) {
        return (minAgeYears == null || ageYears >= minAgeYears) && (maxAgeYears == null || ageYears <= maxAgeYears);
    }

    /** Why someone born then is not of this group's ages on that day; empty when they are. */
    public Optional<String> ageFault(LocalDate dateOfBirth, LocalDate on) {
        int age = ageOn(dateOfBirth, on);
        if (admits(age)) {
            return Optional.empty();
        }
        return Optional.of(code + " is for " + ages() + "; the person is " + age + " on " + on + " (born " + dateOfBirth + ")");
    }

    /** The bounds as people read them: "ages 65 and over", "ages 10 to 60". */
    public String ages() {
        if (minAgeYears != null && maxAgeYears != null) {
            return "ages " + minAgeYears + " to " + maxAgeYears;
        }
        if (minAgeYears != null) {
            return "ages " + minAgeYears + " and over";
        }
        return maxAgeYears != null ? "ages up to " + maxAgeYears : "any age";
    }
}
