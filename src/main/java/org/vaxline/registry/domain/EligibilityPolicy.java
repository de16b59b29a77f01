package org.vaxline.registry.domain;

import org.vaxline.catalog.domain.AgeRange;
import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a person may receive a product at their age on the day of the dose: the product's eligible ages (its
 * authorisation, from the catalogue) and the ages of the person's priority group (so that a two-year-old typed as
 * OVER_65 is caught at the dose). Ages are completed years on the dose's day; both bounds are included. Plain values
 * in, a named refusal out: no store, no clock.
 */
public final class EligibilityPolicy {
    private EligibilityPolicy() {
    }

    /**
     * @param product     the product's name as people read it (e.g. Abdala (CIGB-66))
     * @param productAges the product's eligible ages ({@link AgeRange#ANY} or null: any age)
     * @param group       the person's priority group code (e.g. OVER_65)
     * @param groupAges   the group's ages (null or {@link AgeRange#ANY}: any age)
     * @throws VaxlineException DOSE_AGE_NOT_ELIGIBLE before birth or outside the product's ages, else
     *                          DOSE_GROUP_NOT_ELIGIBLE outside the group's ages
     */
    public static void check(LocalDate dateOfBirth, LocalDate givenOn, String product, AgeRange productAges, String group,
                             AgeRange groupAges) {
        if (givenOn.isBefore(dateOfBirth)) {
            throw refusal(RegistryError.DOSE_AGE_NOT_ELIGIBLE, "givenOn: " + givenOn + " is before the person's birth on "
                    + dateOfBirth, "givenOn", "before the person's birth (" + dateOfBirth + ")", null, AgeRange.ANY);
        }
        int age = AgeRange.yearsOn(dateOfBirth, givenOn);
        AgeRange forProduct = productAges == null ? AgeRange.ANY : productAges;
        if (!forProduct.contains(age)) {
            String why = product + " is for " + forProduct.describe() + "; the person is " + age + " on " + givenOn
                    + " (born " + dateOfBirth + ")";
            throw refusal(RegistryError.DOSE_AGE_NOT_ELIGIBLE, "personId: " + why, "personId", why, age, forProduct);
        }
        AgeRange forGroup = groupAges == null ? AgeRange.ANY : groupAges;
        if (!forGroup.contains(age)) {
            String why = "priority group " + group + " is for " + forGroup.describe() + "; the person is " + age + " on "
                    + givenOn + " (born " + dateOfBirth + "): correct their group or birth date first";
            throw refusal(RegistryError.DOSE_GROUP_NOT_ELIGIBLE, "personId: " + why, "personId", why, age, forGroup);
        }
    }

    private static VaxlineException refusal(RegistryError code, String detail, String field, String reason, Integer age,
                                            AgeRange bounds) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (age != null) {
            details.put("ageYears", age);
        }
        if (bounds.minYears() != null) {
            details.put("minAgeYears", bounds.minYears());
        }
        if (bounds.maxYears() != null) {
            details.put("maxAgeYears", bounds.maxYears());
        }
        return new VaxlineException(code, detail, Map.of(field, reason), details);
    }
}
