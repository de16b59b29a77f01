package org.vaxline.access.http;

import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

import java.util.UUID;

/** Who a token belongs to and where they may write. */
public record MeView(String username, Role role, UUID facilityId, String provinceCode) {
    static MeView of(Actor actor) {
        return new MeView(actor.name(), actor.role(), actor.facilityId(), actor.provinceCode());
    }
}
