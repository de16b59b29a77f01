package org.vaxline.access.application;

import org.vaxline.access.domain.AccessError;
import org.vaxline.access.domain.Token;
import org.vaxline.access.domain.TokenSecret;
import org.vaxline.access.domain.User;
import org.vaxline.access.domain.Username;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Issues a fresh token to an enabled user; the plaintext is answered once and only its hash is stored. */
public final class IssueToken {
    private final AccessTransactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    public IssueToken(AccessTransactions transactions, Clock clock, SecureRandom random) {
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    public IssuedToken issue(Actor actor, String username, String label) {
        Username.require(username);
        Permissions.requireSelfOrNational(actor, username, "issue tokens");
        return transactions.write(repository -> issueIn(repository, actor, requireEnabled(repository, username), label));
    }

    /** Issues within a transaction the caller already holds (the demo set-up uses it). */
    IssuedToken issueIn(AccessRepository repository, Actor actor, User user, String label) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String secret = TokenSecret.generate(random);
        Token token = Token.issue(Ids.newId(), user.id(), TokenSecret.hash(secret), label, now, actor.name());
        repository.insertToken(token);
        return new IssuedToken(token.id(), user.username(), secret);
    }

    static User requireEnabled(AccessRepository repository, String username) {
        User user = repository.findUser(username).orElseThrow(() -> unknown(username));
        if (!user.enabled()) {
            throw VaxlineException.field(AccessError.ACCESS_USER_DISABLED, Username.FIELD,
                    "'" + user.username() + "' was revoked at " + user.disabledAt() + " by " + user.disabledBy());
        }
        return user;
    }

    static VaxlineException unknown(String username) {
        return VaxlineException.field(AccessError.ACCESS_USER_UNKNOWN, Username.FIELD, "no user '" + username + "'");
    }
}
