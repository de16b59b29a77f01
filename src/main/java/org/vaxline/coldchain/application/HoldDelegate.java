package org.vaxline.coldchain.application;

import org.vaxline.facility.domain.Facility;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

/**
 * Who places an excursion's holds. Admins and province managers place them as themselves. A site vaccinator may
 * record an excursion at their own site but may not place holds; an excursion must stop use at once, so the cold
 * chain places them on the vaccinator's behalf, with the narrowest authority that can (the site's province), and
 * names the vaccinator. Releasing or discarding the lots stays with those who may lift holds.
 */
final class HoldDelegate {
    private HoldDelegate() {
    }

    static Actor forHolds(Actor recorder, Facility at) {
        if (recorder.role() != Role.SITE_VACCINATOR) {
            return recorder;
        }
        String name = "cold-chain for " + recorder.name();
        return at.provinceCode() == null ? new Actor(name, Role.NATIONAL_ADMIN, null, null)
                : new Actor(name, Role.PROVINCE_MANAGER, at.id(), at.provinceCode());
    }
}
