package org.vaxline.access.application;

import org.vaxline.platform.security.Role;

import java.util.UUID;

/** What adding a user asks for; {@code facilityId} may be null for national users. */
public record NewUser(String username, Role role, UUID facilityId) {
}
