package org.vaxline.access.application;

import org.vaxline.platform.id.Digests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed sign-ins for one user name, each further attempt must
 * wait twice as long as the one before (2 s, 4 s, … at most 15 minutes); an attempt made earlier is refused without
 * checking the password. A success clears the count; failures older than 15 minutes are forgotten. The counts are kept
 * in the store (by a hash of the name, never the name), so a restart of the server does not reset them and every
 * server on one store counts the same failures.
 */
public final class SignInThrottle {
    static final int FREE_FAILURES = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private final AccessTransactions transactions;
    private final Clock clock;

    public SignInThrottle(AccessTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** How long the next attempt for this name must still wait; zero when it may go ahead. */
    public Duration waitBefore(String username) {
        Optional<SignInFailures> f = transactions.read(r -> r.signInFailures(key(username)));
        if (f.isEmpty()) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        if (f.get().last().plus(MAX_WAIT).isBefore(now)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.get().last().plus(delay(f.get().count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts a failure; answers how many there have been in a row. */
    public int failed(String username) {
        Instant now = clock.instant();
        return transactions.write(r -> r.recordSignInFailure(key(username), now, now.minus(MAX_WAIT)));
    }

    public void succeeded(String username) {
        transactions.write(r -> {
            r.clearSignInFailures(key(username));
            return null;
        });
    }

    static Duration delay(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES + 1, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /** The stored key of a name: the SHA-256 of its lower case, so no typed name (a guess, a password typed there) is kept. */
    static String key(String username) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return Digests.sha256Hex(name);
    }
}
