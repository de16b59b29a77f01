package org.vaxline.access.application;

import org.vaxline.access.domain.User;
import org.vaxline.access.domain.Username;
import org.vaxline.platform.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Disables a user and every token they hold, at once; revoking again changes nothing. */
public final class RevokeUser {
    private final AccessTransactions transactions;
    private final Clock clock;

    public RevokeUser(AccessTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public User revoke(Actor actor, String username) {
        Username.require(username);
        actor.requireNational("revoke users");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return transactions.write(repository -> {
            User user = repository.findUser(username).orElseThrow(() -> IssueToken.unknown(username));
            if (!user.enabled()) {
                return user;
            }
            repository.disableUser(user.id(), now, actor.name());
            repository.revokeTokensOfUser(user.id(), null, now, actor.name());
            return user.disable(now, actor.name());
        });
    }
}
