package org.vaxline.platform.security;

import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;

import java.util.Objects;
import java.util.UUID;

/**
 * Who makes a request: every write records {@link #name()}.
 *
 * @param name          the user name recorded on every entry this actor writes
 * @param role          what the actor may do
 * @param facilityId    the facility the actor's scope is rooted at (null for national users)
 * @param provinceCode  the province of that facility (null for national users)
 */
public record Actor(String name, Role role, UUID facilityId, String provinceCode) {
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** The operator of the command line, who holds the store itself and so acts nationally. */
    public static Actor operator(String osUser) {
        return new Actor("cli:" + osUser, Role.NATIONAL_ADMIN, null, null);
    }

    /** Writes that concern the whole country (agreements, master data) are the national programme's. */
    public void requireNational(String action) {
        if (role != Role.NATIONAL_ADMIN) {
            throw new VaxlineException(PlatformError.FORBIDDEN,
                    name + " (" + role + ") may not " + action + ": only a national programme admin may");
        }
    }

    /**
     * A write at one facility: national admins anywhere, province managers in their province,
     * vaccinators at their own facility; auditors nowhere.
     */
    public void requireWriteAt(UUID facility, String facilityProvince, String action) {
        boolean allowed = switch (role) {
            case NATIONAL_ADMIN -> true;
            case PROVINCE_MANAGER -> provinceCode != null && provinceCode.equals(facilityProvince);
            case SITE_VACCINATOR -> facilityId != null && facilityId.equals(facility);
            case AUDITOR -> false;
        };
        if (!allowed) {
            throw new VaxlineException(PlatformError.FORBIDDEN,
                    name + " (" + role + ") may not " + action + " at facility " + facility + ": outside their scope");
        }
    }
}
