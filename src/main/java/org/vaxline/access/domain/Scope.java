package org.vaxline.access.domain;

import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Role;

import java.util.UUID;

/**
 * Where a user may write: a facility and its province, or nowhere in particular (national users).
 * The province is kept with the user so that authenticating a request needs no facility query.
 */
public record Scope(UUID facilityId, String provinceCode) {
    public static final String FIELD = "facility";
    public static final Scope NATIONAL = new Scope(null, null);

    /** The policy of the issue: managers need a facility in a province, vaccinators need a facility. */
    public void requireFits(Role role) {
        switch (role) {
            case PROVINCE_MANAGER -> {
                if (facilityId == null || provinceCode == null) {
                    throw VaxlineException.field(AccessError.ACCESS_SCOPE_INVALID, FIELD,
                            "a province manager needs a facility that lies in a province");
                }
            }
            case SITE_VACCINATOR -> {
                if (facilityId == null) {
                    throw VaxlineException.field(AccessError.ACCESS_SCOPE_INVALID, FIELD, "a site vaccinator needs a facility");
                }
            }
            case NATIONAL_ADMIN, AUDITOR -> {
                // national users may be tied to a facility (e.g. the national store) but need not be
            }
        }
    }
}
