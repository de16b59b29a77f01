package org.vaxline.access.application;

import org.vaxline.access.domain.AccessError;
import org.vaxline.access.domain.Scope;
import org.vaxline.access.domain.User;
import org.vaxline.access.domain.Username;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Adds a user with a role and a facility scope; only national admins may. */
public final class AddUser {
    private final AccessTransactions transactions;
    private final FacilityLookup facilities;
    private final Clock clock;

    public AddUser(AccessTransactions transactions, FacilityLookup facilities, Clock clock) {
        this.transactions = transactions;
        this.facilities = facilities;
        this.clock = clock;
    }

    public User add(Actor actor, NewUser request) {
        User user = prepare(actor, request);
        return transactions.write(repository -> {
            if (repository.findUser(user.username()).isPresent()) {
                throw taken(user.username());
            }
            repository.insertUser(user);
            return user;
        });
    }

    /** Checks the request and resolves its facility before any transaction opens, so a rejection writes nothing. */
    User prepare(Actor actor, NewUser request) {
        actor.requireNational("add users");
        String username = Username.require(request.username());
        if (request.role() == null) {
            throw VaxlineException.field(AccessError.ACCESS_ROLE_INVALID, "role", "is required");
        }
        return User.create(Ids.newId(), username, request.role(), scopeOf(request),
                clock.instant().truncatedTo(ChronoUnit.MICROS), actor.name());
    }

    static VaxlineException taken(String username) {
        return VaxlineException.field(AccessError.ACCESS_USERNAME_TAKEN, Username.FIELD, "'" + username + "' is already taken");
    }

    private Scope scopeOf(NewUser request) {
        if (request.facilityId() == null) {
            return Scope.NATIONAL;
        }
        FacilityScope facility = facilities.find(request.facilityId())
                .orElseThrow(() -> VaxlineException.field(AccessError.ACCESS_FACILITY_UNKNOWN, Scope.FIELD,
                        "no facility " + request.facilityId()));
        Objects.requireNonNull(facility.facilityId(), "facility lookup answered no id");
        return new Scope(facility.facilityId(), facility.provinceCode());
    }
}
