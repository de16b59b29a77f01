package org.vaxline.access.application;

import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

/** Who may manage whose credentials: national admins anyone's, every user their own tokens. */
final class Permissions {
    private Permissions() {
    }

    static void requireSelfOrNational(Actor actor, String username, String action) {
        if (actor.role() != Role.NATIONAL_ADMIN && !actor.name().equalsIgnoreCase(username)) {
            throw new VaxlineException(PlatformError.FORBIDDEN,
                    actor.name() + " (" + actor.role() + ") may not " + action + " of " + username
                            + ": only the user or a national programme admin may");
        }
    }
}
