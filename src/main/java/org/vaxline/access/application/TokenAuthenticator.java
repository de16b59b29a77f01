package org.vaxline.access.application;

import org.vaxline.access.domain.TokenSecret;
import org.vaxline.platform.http.Authenticator;
import org.vaxline.platform.security.Actor;

import java.util.Optional;

/**
 * Bearer token → actor, with one indexed query per request and no cache, so that a revocation
 * takes effect on the very next request.
 */
public final class TokenAuthenticator implements Authenticator {
    private final AccessTransactions transactions;

    public TokenAuthenticator(AccessTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Actor> authenticate(String bearerToken) {
        if (!TokenSecret.wellFormed(bearerToken)) {
            return Optional.empty();
        }
        String hash = TokenSecret.hash(bearerToken);
        return transactions.read(repository -> repository.actorOfLiveToken(hash));
    }
}
