package org.vaxline.catalog.domain;

import org.vaxline.gs1.domain.Gtin;
import org.vaxline.platform.error.Violations;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a product well-formed; every fault is reported under the JSON path {@code at}. */
public final class ProductRules {
    static final int MAX_AGE = 150;
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,63}");

    private ProductRules() {
    }

    public static void check(Product p, String at, Violations v) {
        v.check(p.id() != null, at + ".id", "required");
        v.check(p.code() != null && CODE.matcher(p.code()).matches(), at + ".code",
                "required: capitals, digits, '-' or '_' (e.g. ABDALA)");
        v.check(present(p.name()), at + ".name", "required");
        v.check(p.makerId() != null, at + ".makerId", "required: the manufacturer partner's id");
        v.check(present(p.form()), at + ".form", "required (e.g. protein subunit)");
        v.check(p.doseVolumeMl() > 0, at + ".doseVolumeMl", "must be more than 0");
        v.check(p.dosesPerVial() >= 1, at + ".dosesPerVial", "must be at least 1");
        v.check(p.storageMinC() <= p.storageMaxC(), at + ".storageMaxC", "must not be below storageMinC");
        v.check(p.shelfLifeMonths() >= 1, at + ".shelfLifeMonths", "must be at least 1");
        v.check(p.expiryWarningDays() == null || (p.expiryWarningDays() >= 0 && p.expiryWarningDays() <= 365),
                at + ".expiryWarningDays", "must be 0 to 365 days");
        checkOpenVial(p.openVialPolicy(), at + ".openVialPolicy", v);
        checkAges(p.eligibleAge(), at + ".eligibleAge", v);
        checkRegimen(p.regimen(), at + ".regimen", v);
        checkCodes(p.codes(), at + ".codes", v);
        checkGtins(p.gtins(), at + ".gtins", v);
    }

    static void checkOpenVial(OpenVialPolicy policy, String at, Violations v) {
        if (policy == null || policy.kind() == null) {
            v.add(at + ".kind", "required: one of DISCARD_AFTER_HOURS, DISCARD_AT_SESSION_END, WHO_MDVP_KEEP_OPEN");
        } else if (policy.kind() == OpenVialKind.DISCARD_AFTER_HOURS) {
            v.check(policy.hours() != null && policy.hours() >= 1, at + ".hours", "required: at least 1");
        } else {
            v.check(policy.hours() == null, at + ".hours", "only for DISCARD_AFTER_HOURS");
        }
    }

    /** Bounds are whole years a person can have (0 to 150), the lower not above the upper. */
    static void checkAges(AgeRange ages, String at, Violations v) {
        if (ages == null) {
            return;
        }
        v.check(ages.minYears() == null || (ages.minYears() >= 0 && ages.minYears() <= MAX_AGE), at + ".minYears",
                "must be 0 to " + MAX_AGE + " years");
        v.check(ages.maxYears() == null || (ages.maxYears() >= 0 && ages.maxYears() <= MAX_AGE), at + ".maxYears",
                "must be 0 to " + MAX_AGE + " years");
        v.check(ages.minYears() == null || ages.maxYears() == null || ages.minYears() <= ages.maxYears(), at + ".maxYears",
                "must not be below minYears");
    }

    /** Doses are numbered 1, 2, 3 … in order; the first has no interval; a later one is due no sooner than it counts. */
    public static void checkRegimen(List<RegimenDose> regimen, String at, Violations v) {
        if (regimen == null || regimen.isEmpty()) {
            v.add(at, "required: at least one dose");
            return;
        }
        for (int i = 0; i < regimen.size(); i++) {
            RegimenDose dose = regimen.get(i);
            String here = at + "[" + i + "]";
            v.check(dose.number() == i + 1, here + ".number", "must be " + (i + 1) + ": doses are numbered in order from 1");
            if (i == 0) {
                v.check(dose.minIntervalDays() == 0, here + ".minIntervalDays", "must be 0 for the first dose");
                v.check(dose.recommendedIntervalDays() == 0, here + ".recommendedIntervalDays", "must be 0 for the first dose");
            } else {
                v.check(dose.minIntervalDays() >= 1, here + ".minIntervalDays", "must be at least 1 day after the previous dose");
                v.check(dose.recommendedIntervalDays() >= dose.minIntervalDays(), here + ".recommendedIntervalDays",
                        "must not be below minIntervalDays");
            }
        }
    }

    static void checkCodes(List<ProductCode> codes, String at, Violations v) {
        Set<String> systems = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            ProductCode code = codes.get(i);
            String here = at + "[" + i + "]";
            v.check(present(code.system()), here + ".system", "required");
            v.check(present(code.code()), here + ".code", "required");
            v.check(code.system() == null || systems.add(code.system()), here + ".system", "listed twice");
        }
    }

    static void checkGtins(List<String> gtins, String at, Violations v) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < gtins.size(); i++) {
            String gtin = gtins.get(i);
            v.check(validGtin(gtin), at + "[" + i + "]", "not a GTIN: 8, 12, 13 or 14 digits with a valid check digit");
            v.check(gtin == null || seen.add(gtin), at + "[" + i + "]", "listed twice");
        }
    }

    /** A GTIN of 8, 12, 13 or 14 digits with a valid GS1 check digit. */
    public static boolean validGtin(String gtin) {
        return gtin != null && Gtin.problem(gtin).isEmpty();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
