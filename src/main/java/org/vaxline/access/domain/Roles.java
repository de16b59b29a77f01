package org.vaxline.access.domain;

import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Role;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads a role as people type it: {@code NATIONAL_ADMIN}, {@code national-admin} or {@code national_admin}. */
public final class Roles {
    public static final String FIELD = "role";

    private Roles() {
    }

    public static Role parse(String text) {
        String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(Role.values())
                .filter(role -> role.name().equals(name))
                .findFirst()
                .orElseThrow(() -> VaxlineException.field(AccessError.ACCESS_ROLE_INVALID, FIELD,
                        "must be one of " + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "))));
    }
}
