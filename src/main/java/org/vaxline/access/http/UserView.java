package org.vaxline.access.http;

import org.vaxline.access.domain.User;
import org.vaxline.platform.security.Role;

import java.time.Instant;
import java.util.UUID;

/** A user on the wire; the wire format is kept apart from the domain record so either may change alone. */
public record UserView(UUID id, String username, Role role, UUID facilityId, String provinceCode, boolean enabled,
                       Instant createdAt, String createdBy, Instant disabledAt, String disabledBy) {
    static UserView of(User user) {
        return new UserView(user.id(), user.username(), user.role(), user.scope().facilityId(), user.scope().provinceCode(),
                user.enabled(), user.createdAt(), user.createdBy(), user.disabledAt(), user.disabledBy());
    }
}
