package org.vaxline.access.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed sign-ins for one user name, each further attempt must
 * wait twice as long as the one before (2 s, 4 s, … at most 15 minutes); an attempt made earlier is refused without
 * checking the password. A success clears the count; failures older than 15 minutes are forgotten. Kept in memory:
 * a restart forgets the counts, which only gives an attacker what one restart costs.
 */
public final class SignInThrottle {
    static final int FREE_FAILURES = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the next attempt for this name must still wait; zero when it may go ahead. */
    public Duration waitBefore(String username) {
        Failures f = failures.get(key(username));
        if (f == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        if (f.last().plus(MAX_WAIT).isBefore(now)) {
            failures.remove(key(username), f);
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.last().plus(delay(f.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts a failure; answers how many there have been in a row. */
    public int failed(String username) {
        Instant now = clock.instant();
        return failures.merge(key(username), new Failures(1, now),
                (old, one) -> new Failures(old.last().plus(MAX_WAIT).isBefore(now) ? 1 : old.count() + 1, now)).count();
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    static Duration delay(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES + 1, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
