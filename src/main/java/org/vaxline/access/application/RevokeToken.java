package org.vaxline.access.application;

import org.vaxline.access.domain.AccessError;
import org.vaxline.access.domain.Token;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Revokes one token by its id, e.g. a leaked one; its owner or a national admin may. Revoking twice is harmless. */
public final class RevokeToken {
    private final AccessTransactions transactions;
    private final Clock clock;

    public RevokeToken(AccessTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public void revoke(Actor actor, UUID tokenId) {
        transactions.write(repository -> {
            Token token = repository.findToken(tokenId).orElseThrow(() -> unknown(tokenId));
            String owner = repository.findUser(token.userId()).orElseThrow().username();
            Permissions.requireSelfOrNational(actor, owner, "revoke tokens");
            if (token.live()) {
                repository.revokeToken(tokenId, clock.instant().truncatedTo(ChronoUnit.MICROS), actor.name());
            }
            return null;
        });
    }

    private static VaxlineException unknown(UUID tokenId) {
        return new VaxlineException(AccessError.ACCESS_TOKEN_UNKNOWN, "no token " + tokenId,
                Map.of("tokenId", "unknown"), Map.of());
    }
}
