package org.vaxline.coverage.domain;

import java.time.LocalDate;
import java.time.Period;

/** Age bands as programmes report them, by age on the day of the dose. */
public enum AgeBand {
    UNDER_12("0-11"),
    AGE_12_17("12-17"),
    AGE_18_49("18-49"),
    AGE_50_64("50-64"),
    AGE_65_PLUS("65+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgeBand on(LocalDate dateOfBirth, LocalDate day) {
        int age = Period.between(dateOfBirth, day).getYears();
        if (age < 12) {
            return UNDER_12;
        }
        if (age < 18) {
            return AGE_12_17;
        }
        if (age < 50) {
            return AGE_18_49;
        }
        return age < 65 ? AGE_50_64 : AGE_65_PLUS;
    }
}
