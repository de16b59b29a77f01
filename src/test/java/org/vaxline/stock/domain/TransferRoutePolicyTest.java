package org.vaxline.stock.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.platform.error.VaxlineException;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The facility-hierarchy rule for transfers on its own, over a small tree: one row per route, actor and reason. */
class TransferRoutePolicyTest {
    private static final Map<String, Facility> TREE = tree(
            "NATIONAL NATIONAL_STORE -",
            "RI-NORTH REGIONAL_INSTITUTE NATIONAL",
            "RI-CENTRE REGIONAL_INSTITUTE NATIONAL",
            "CDC-01 PROVINCE RI-NORTH",
            "CDC-02 PROVINCE RI-NORTH",
            "CDC-46 PROVINCE RI-CENTRE",
            "COMMUNE-01-1 COMMUNE CDC-01",
            "COMMUNE-01-2 COMMUNE CDC-01",
            "COMMUNE-46-1 COMMUNE CDC-46",
            "SITE-01-1-1 SITE COMMUNE-01-1",
            "SITE-01-1-2 SITE COMMUNE-01-1",
            "SITE-46-1-1 SITE COMMUNE-46-1");

    @ParameterizedTest(name = "{0} → {1}, national {2}, reason ''{3}'': {4}")
    @CsvSource(nullValues = "-", value = {
            // from, to, national actor, reason, expected (a Route or the refusal's code)
            "NATIONAL, RI-NORTH, true, -, DOWN",
            "RI-NORTH, CDC-01, false, -, DOWN",
            "CDC-01, COMMUNE-01-1, false, -, DOWN",
            "COMMUNE-01-1, SITE-01-1-1, false, -, DOWN",
            "SITE-01-1-1, COMMUNE-01-1, false, -, RETURN",
            "CDC-01, RI-NORTH, false, -, RETURN",
            "RI-NORTH, NATIONAL, true, -, RETURN",
            "CDC-01, COMMUNE-01-1, true, 'not needed', DOWN",
            // skipping a level down, up, and moving sideways
            "CDC-01, SITE-01-1-1, false, 'campaign', TRANSFER_OUTSIDE_HIERARCHY",
            "CDC-01, SITE-01-1-1, true, -, HIERARCHY_OVERRIDE_NEEDS_REASON",
            "CDC-01, SITE-01-1-1, true, '  ', HIERARCHY_OVERRIDE_NEEDS_REASON",
            "CDC-01, SITE-01-1-1, true, 'campaign: straight to the site', OVERRIDDEN",
            "NATIONAL, CDC-01, true, 'institute store closed', OVERRIDDEN",
            "NATIONAL, CDC-01, false, -, TRANSFER_OUTSIDE_HIERARCHY",
            "SITE-01-1-1, CDC-01, false, -, TRANSFER_OUTSIDE_HIERARCHY",
            "CDC-01, CDC-02, false, -, TRANSFER_OUTSIDE_HIERARCHY",
            "CDC-01, CDC-02, true, 'outbreak in Hà Giang', OVERRIDDEN",
            "COMMUNE-01-1, COMMUNE-01-2, false, -, TRANSFER_OUTSIDE_HIERARCHY",
            "SITE-01-1-1, SITE-01-1-2, false, -, TRANSFER_OUTSIDE_HIERARCHY",
            "SITE-01-1-1, SITE-46-1-1, false, -, TRANSFER_OUTSIDE_HIERARCHY",
            "SITE-01-1-1, SITE-46-1-1, true, -, HIERARCHY_OVERRIDE_NEEDS_REASON",
            "CDC-46, COMMUNE-01-1, false, -, TRANSFER_OUTSIDE_HIERARCHY",
            "RI-NORTH, RI-CENTRE, true, -, HIERARCHY_OVERRIDE_NEEDS_REASON"})
    void decides(String from, String to, boolean national, String reason, String expected) {
        Facility sender = TREE.get(from);
        Facility receiver = TREE.get(to);
        if (expected.equals("DOWN") || expected.equals("RETURN") || expected.equals("OVERRIDDEN")) {
            assertThat(TransferRoutePolicy.decide(sender, receiver, national, reason)).isEqualTo(TransferRoutePolicy.Route.valueOf(expected));
            return;
        }
        VaxlineException refused = catchThrowableOfType(VaxlineException.class,
                () -> TransferRoutePolicy.decide(sender, receiver, national, reason));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.code()).isEqualTo(StockError.valueOf(expected));
        assertThat(refused.fieldErrors()).containsKey(expected.equals("TRANSFER_OUTSIDE_HIERARCHY") ? "toFacilityId" : "hierarchyOverrideReason");
        assertThat(refused.getMessage()).contains(from).contains(to);
    }

    private static Map<String, Facility> tree(String... rows) {
        Map<String, Facility> byCode = new java.util.LinkedHashMap<>();
        for (String row : rows) {
            String[] f = row.split(" ");
            UUID parent = f[2].equals("-") ? null : byCode.get(f[2]).id();
            FacilityType type = FacilityType.valueOf(f[1]);
            byCode.put(f[0], new Facility(UUID.nameUUIDFromBytes(f[0].getBytes()), f[0], f[0], type, parent,
                    type.inProvince() ? f[0].replaceAll("^[A-Z]+-(\\d+).*", "$1") : null, null));
        }
        return Map.copyOf(byCode);
    }
}
