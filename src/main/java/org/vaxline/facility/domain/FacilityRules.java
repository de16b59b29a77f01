package org.vaxline.facility.domain;

import org.vaxline.platform.error.Violations;

import java.util.regex.Pattern;

/**
 * The hierarchy: each facility hangs under a facility of the level above, and a commune or site lies in its
 * parent's province. Faults are reported under the JSON path {@code at}.
 */
public final class FacilityRules {
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,63}");

    private FacilityRules() {
    }

    /**
     * @param parent        the facility named by {@code parentId}, or null when there is none by that id
     * @param provinceKnown whether {@code provinceCode} names a known province
     */
    public static void check(Facility f, Facility parent, boolean provinceKnown, String at, Violations v) {
        v.check(f.id() != null, at + ".id", "required");
        v.check(f.code() != null && CODE.matcher(f.code()).matches(), at + ".code",
                "required: capitals, digits, '.', '-' or '_' (e.g. CDC-01)");
        v.check(f.name() != null && !f.name().isBlank(), at + ".name", "required");
        if (f.type() == null) {
            v.add(at + ".type", "required: one of NATIONAL_STORE, REGIONAL_INSTITUTE, PROVINCE, COMMUNE, SITE");
            return;
        }
        checkParent(f, parent, at, v);
        checkProvince(f, parent, provinceKnown, at, v);
    }

    private static void checkParent(Facility f, Facility parent, String at, Violations v) {
        if (f.type().parentTypes().isEmpty()) {
            v.check(f.parentId() == null, at + ".parentId", "must be empty: a " + f.type() + " has no parent");
        } else if (f.parentId() == null) {
            v.add(at + ".parentId", "required: a " + f.type() + " hangs under a " + f.type().parentTypes());
        } else if (f.parentId().equals(f.id())) {
            v.add(at + ".parentId", "a facility cannot be its own parent");
        } else if (parent == null) {
            v.add(at + ".parentId", "no facility has id " + f.parentId());
        } else if (!f.type().parentTypes().contains(parent.type())) {
            v.add(at + ".parentId", "a " + f.type() + " hangs under a " + f.type().parentTypes() + ", not a " + parent.type());
        }
    }

    private static void checkProvince(Facility f, Facility parent, boolean provinceKnown, String at, Violations v) {
        String field = at + ".provinceCode";
        if (!f.type().inProvince()) {
            v.check(f.provinceCode() == null, field, "must be empty above province level");
        } else if (f.provinceCode() == null) {
            v.add(field, "required for a " + f.type());
        } else if (!provinceKnown) {
            v.add(field, "no province has code " + f.provinceCode());
        } else if (f.type() != FacilityType.PROVINCE && parent != null && parent.type().inProvince()) {
            v.check(f.provinceCode().equals(parent.provinceCode()), field,
                    "must be " + parent.provinceCode() + ", the province of its parent " + parent.code());
        }
    }
}
