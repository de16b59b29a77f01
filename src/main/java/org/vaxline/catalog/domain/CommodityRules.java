package org.vaxline.catalog.domain;

import org.vaxline.platform.error.Violations;

/** What makes a commodity well-formed. */
public final class CommodityRules {
    private CommodityRules() {
    }

    public static void check(Commodity commodity, String at, Violations violations) {
        violations.check(commodity.id() != null, at + ".id", "required");
        violations.check(commodity.code() != null && ProductRules.CODE.matcher(commodity.code()).matches(), at + ".code",
                "required: capitals, digits, '-' or '_' (e.g. RICE)");
        violations.check(commodity.name() != null && !commodity.name().isBlank(), at + ".name", "required");
        violations.check(commodity.unit() != null && !commodity.unit().isBlank(), at + ".unit", "required (e.g. t)");
    }
}
