package org.vaxline.access;

import org.vaxline.access.application.FacilityLookup;
import org.vaxline.access.application.FacilityScope;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A few facilities in memory, standing in for the facility feature that access must not import. */
final class MapFacilityLookup implements FacilityLookup {
    static final UUID NATIONAL_STORE = UUID.fromString("0190f1a0-0000-7000-8000-000000000001");
    static final UUID HANOI_CDC = UUID.fromString("0190f1a0-0000-7000-8000-000000000002");
    static final UUID HANOI_SITE = UUID.fromString("0190f1a0-0000-7000-8000-000000000003");
    static final UUID HCMC_CDC = UUID.fromString("0190f1a0-0000-7000-8000-000000000004");
    static final String HANOI = "01";
    static final String HCMC = "79";

    private final Map<UUID, FacilityScope> facilities = Map.of(
            NATIONAL_STORE, new FacilityScope(NATIONAL_STORE, null),
            HANOI_CDC, new FacilityScope(HANOI_CDC, HANOI),
            HANOI_SITE, new FacilityScope(HANOI_SITE, HANOI),
            HCMC_CDC, new FacilityScope(HCMC_CDC, HCMC));

    @Override
    public Optional<FacilityScope> find(UUID facilityId) {
        return Optional.ofNullable(facilities.get(facilityId));
    }

    String provinceOf(UUID facilityId) {
        return facilities.get(facilityId).provinceCode();
    }
}
