package org.vaxline.lot.application;

import org.vaxline.lot.domain.LotError;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

import java.util.UUID;

/** Who may hold a lot where: national admins anywhere (and everywhere at once), province managers in their province. */
final class HoldAuthority {
    private final LotReferences references;

    HoldAuthority(LotReferences references) {
        this.references = references;
    }

    void require(Actor actor, UUID facilityId, String action) {
        if (facilityId == null) {
            actor.requireNational(action + " everywhere");
            return;
        }
        LotReferences.FacilityRef facility = references.facility(facilityId).orElseThrow(() ->
                VaxlineException.field(LotError.LOT_HOLD_INVALID, "facilityId", "no facility " + facilityId));
        if (actor.role() == Role.SITE_VACCINATOR) {
            throw new VaxlineException(PlatformError.FORBIDDEN, actor.name() + " (" + actor.role() + ") may not " + action
                    + ": only national admins and province managers may");
        }
        actor.requireWriteAt(facility.id(), facility.provinceCode(), action);
    }
}
