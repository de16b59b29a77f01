package org.vaxline.facility.domain;

import org.junit.jupiter.api.Test;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FacilityRulesTest {
    private final Facility store = facility("NATIONAL-STORE", FacilityType.NATIONAL_STORE, null, null);
    private final Facility institute = facility("RI-NIHE", FacilityType.REGIONAL_INSTITUTE, store, null);
    private final Facility cdc = facility("CDC-01", FacilityType.PROVINCE, institute, "01");
    private final Facility commune = facility("COMMUNE-01-1", FacilityType.COMMUNE, cdc, "01");

    @Test
    void aWellFormedChainPasses() {
        assertThat(errors(store, null)).isEmpty();
        assertThat(errors(institute, store)).isEmpty();
        assertThat(errors(cdc, institute)).isEmpty();
        assertThat(errors(facility("CDC-02", FacilityType.PROVINCE, store, "01"), store)).as("province straight from the national store").isEmpty();
        assertThat(errors(commune, cdc)).isEmpty();
        assertThat(errors(facility("SITE-01-1-1", FacilityType.SITE, commune, "01"), commune)).isEmpty();
    }

    @Test
    void aSiteMustHangUnderACommune() {
        Facility site = facility("SITE-X", FacilityType.SITE, cdc, "01");
        assertThat(errors(site, cdc)).containsOnlyKeys("f.parentId");
    }

    @Test
    void aCommuneLiesInItsParentsProvince() {
        Facility elsewhere = facility("COMMUNE-X", FacilityType.COMMUNE, cdc, "79");
        assertThat(errors(elsewhere, cdc)).containsOnlyKeys("f.provinceCode");
    }

    @Test
    void levelsAboveProvinceHaveNoProvinceAndTheRootNoParent() {
        Facility wrongStore = new Facility(UUID.randomUUID(), "STORE-2", "x", FacilityType.NATIONAL_STORE, institute.id(), "01", null);
        assertThat(errors(wrongStore, institute)).containsOnlyKeys("f.parentId", "f.provinceCode");
    }

    @Test
    void anUnknownParentOrProvinceIsNamed() {
        Facility orphan = facility("COMMUNE-Y", FacilityType.COMMUNE, cdc, "01");
        Violations v = new Violations();
        FacilityRules.check(orphan, null, false, "f", v);
        assertThat(fields(v)).containsOnlyKeys("f.parentId", "f.provinceCode");
    }

    private static Facility facility(String code, FacilityType type, Facility parent, String province) {
        return new Facility(UUID.randomUUID(), code, code, type, parent == null ? null : parent.id(), province, null);
    }

    private static java.util.Map<String, String> errors(Facility f, Facility parent) {
        Violations v = new Violations();
        FacilityRules.check(f, parent, true, "f", v);
        return fields(v);
    }

    static java.util.Map<String, String> fields(Violations v) {
        if (v.isEmpty()) {
            return java.util.Map.of();
        }
        return catchThrowableOfType(VaxlineException.class, v::throwIfAny).fieldErrors();
    }
}
