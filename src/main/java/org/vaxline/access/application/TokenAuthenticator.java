package org.vaxline.access.application;

import org.vaxline.access.domain.TokenSecret;
import org.vaxline.platform.http.Authenticator;
import org.vaxline.platform.security.Actor;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Bearer token → actor. A live token's actor is remembered for {@link #FRESH_FOR}, so a client sending requests one
 * after another costs one indexed query every two seconds instead of one per request (it was a sixth of the server's
 * CPU under the dose load of issue 13). Every access write of this process (a user or token revoked, a user disabled)
 * makes it forget them all at once, so a revocation made here takes effect on the very next request; one made by
 * another process on the same store (the CLI beside a running server) takes effect within {@link #FRESH_FOR}.
 * A refused token is never remembered: a token just issued elsewhere works at once, and guesses fill nothing.
 */
public final class TokenAuthenticator implements Authenticator {
    public static final Duration FRESH_FOR = Duration.ofSeconds(2);
    /** A bound on what is remembered: past it everything is forgotten (then re-read, one query per token). */
    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(Actor actor, long checkedAtNanos) {
    }

    private final AccessTransactions transactions;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();
    /** Moved by every forgetting, so an answer read before one is not remembered after it. */
    private final AtomicLong generation = new AtomicLong();

    public TokenAuthenticator(AccessTransactions transactions) {
        this(transactions, System::nanoTime);
    }

    TokenAuthenticator(AccessTransactions transactions, LongSupplier nanoTime) {
        this.transactions = transactions;
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<Actor> authenticate(String bearerToken) {
        if (!TokenSecret.wellFormed(bearerToken)) {
            return Optional.empty();
        }
        String hash = TokenSecret.hash(bearerToken);
        long now = nanoTime.getAsLong();
        Remembered known = remembered.get(hash);
        if (known != null && now - known.checkedAtNanos() < FRESH_FOR.toNanos()) {
            return Optional.of(known.actor());
        }
        long before = generation.get();
        Optional<Actor> actor = transactions.read(repository -> repository.actorOfLiveToken(hash));
        if (actor.isEmpty()) {
            remembered.remove(hash);
            return actor;
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(hash, new Remembered(actor.get(), now));
        if (generation.get() != before) {
            // access changed while the token was read: what was read may be what changed
            remembered.remove(hash);
        }
        return actor;
    }

    /** Forgets every remembered token: access changed in this process. */
    public void forgetAll() {
        generation.incrementAndGet();
        remembered.clear();
    }

    /** The same transactions, each write of which makes this authenticator forget what it remembered, once committed. */
    public AccessTransactions forgettingOnWrite(AccessTransactions inner) {
        return new AccessTransactions() {
            @Override
            public <R> R write(Function<AccessRepository, R> work) {
                try {
                    return inner.write(work);
                } finally {
                    forgetAll();
                }
            }

            @Override
            public <R> R read(Function<AccessRepository, R> work) {
                return inner.read(work);
            }
        };
    }
}
