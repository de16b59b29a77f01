package org.vaxline.access.domain;

import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A person who may call vaxline; disabling one is final and also ends all their tokens. */
public record User(UUID id, String username, Role role, Scope scope, Instant createdAt, String createdBy,
                   Instant disabledAt, String disabledBy) {
    public User {
        Objects.requireNonNull(id, "id");
        Username.require(username);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }

    /** A new, enabled user, checked against the scope policy before anything is stored. */
    public static User create(UUID id, String username, Role role, Scope scope, Instant at, String by) {
        scope.requireFits(role);
        return new User(id, username, role, scope, at, by, null, null);
    }

    public boolean enabled() {
        return disabledAt == null;
    }

    public User disable(Instant at, String by) {
        return enabled() ? new User(id, username, role, scope, createdAt, createdBy, at, by) : this;
    }

    /** The actor this user acts as on a request. */
    public Actor actor() {
        return new Actor(username, role, scope.facilityId(), scope.provinceCode());
    }
}
