package org.vaxline.facility.domain;

import org.vaxline.platform.error.Violations;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a province well-formed on its own; the link to its institute is checked with the facilities. */
public final class ProvinceRules {
    public static final Pattern CODE = Pattern.compile("[0-9A-Z]{1,8}");
    private static final Pattern OLD_CODE = Pattern.compile("\\d{2}");

    private ProvinceRules() {
    }

    public static void check(Province p, String at, Violations v) {
        v.check(p.code() != null && CODE.matcher(p.code()).matches(), at + ".code", "required: digits or capitals (e.g. 01)");
        v.check(p.name() != null && !p.name().isBlank(), at + ".name", "required");
        v.check(p.kind() != null, at + ".kind", "required: CITY or PROVINCE");
        v.check(p.population() >= 0, at + ".population", "must not be negative");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.oldGsoCodes().size(); i++) {
            String old = p.oldGsoCodes().get(i);
            v.check(old != null && OLD_CODE.matcher(old).matches(), at + ".oldGsoCodes[" + i + "]", "two digits, e.g. 01");
            v.check(old == null || seen.add(old), at + ".oldGsoCodes[" + i + "]", "listed twice");
        }
    }
}
