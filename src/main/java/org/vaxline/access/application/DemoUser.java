package org.vaxline.access.application;

import org.vaxline.platform.security.Role;

import java.util.List;
import java.util.UUID;

/** One user the demo needs; the caller chooses the facilities, since access knows none. */
public record DemoUser(String username, Role role, UUID facilityId) {
    /** One user per role: {@code admin}, {@code province}, {@code vaccinator}, {@code auditor}. */
    public static List<DemoUser> onePerRole(UUID provinceFacilityId, UUID siteFacilityId) {
        return List.of(
                new DemoUser("admin", Role.NATIONAL_ADMIN, null),
                new DemoUser("province", Role.PROVINCE_MANAGER, provinceFacilityId),
                new DemoUser("vaccinator", Role.SITE_VACCINATOR, siteFacilityId),
                new DemoUser("auditor", Role.AUDITOR, null));
    }
}
