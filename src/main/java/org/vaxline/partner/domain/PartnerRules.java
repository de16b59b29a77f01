package org.vaxline.partner.domain;

import org.vaxline.platform.error.Violations;

import java.util.regex.Pattern;

/** What makes a partner well-formed; every fault is reported under the JSON path {@code at}. */
public final class PartnerRules {
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,63}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private PartnerRules() {
    }

    public static void check(Partner partner, String at, Violations violations) {
        violations.check(partner.id() != null, at + ".id", "required");
        violations.check(partner.code() != null && CODE.matcher(partner.code()).matches(), at + ".code",
                "required: capitals, digits, '-' or '_' (e.g. CUBA)");
        violations.check(partner.name() != null && !partner.name().isBlank(), at + ".name", "required");
        violations.check(partner.kind() != null, at + ".kind", "required");
        if (partner.countryCode() != null) {
            violations.check(COUNTRY.matcher(partner.countryCode()).matches(), at + ".countryCode",
                    "an ISO 3166-1 alpha-2 code in capitals, e.g. VN");
        } else {
            violations.check(partner.kind() != PartnerKind.COUNTRY, at + ".countryCode", "required for a country");
        }
    }
}
