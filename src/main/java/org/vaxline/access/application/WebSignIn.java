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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * Web sign-in, sessions and sign-out. A session is an access token labelled {@value #LABEL}: 256 random bits kept
 * only as a hash, revoked at sign-out, and valid for at most {@link #LIFETIME} after sign-in.
 */
public final class WebSignIn {
    public static final String LABEL = "web-session";
    public static final Duration LIFETIME = Duration.ofHours(12);
    public static final Set<String> LANGUAGES = Set.of("vi", "en", "es");
    public static final String DEFAULT_LANGUAGE = "vi";

    private final AccessTransactions transactions;
    private final PasswordHashing hashing;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final SecureRandom random;

    public WebSignIn(AccessTransactions transactions, PasswordHashing hashing, SignInThrottle throttle, Clock clock,
                     SecureRandom random) {
        this.transactions = transactions;
        this.hashing = hashing;
        this.throttle = throttle;
        this.clock = clock;
        this.random = random;
    }

    public SignInResult signIn(String username, String password) {
        String name = username == null ? "" : username.trim();
        Duration wait = throttle.waitBefore(name);
        if (!wait.isZero()) {
            return new SignInResult.Throttled(wait);
        }
        boolean wellFormed = Username.valid(name) && password != null && !password.isEmpty() && password.length() <= 1024;
        Optional<User> user = wellFormed ? transactions.read(r -> r.findUser(name)).filter(User::enabled) : Optional.empty();
        String hash = user.flatMap(u -> transactions.read(r -> r.passwordHash(u.id()))).orElse(null);
        // the hash is computed whether or not the user exists, so the answer's timing does not tell
        boolean matches = hashing.matches(wellFormed ? password : "", hash) && hash != null;
        if (!matches) {
            return new SignInResult.Refused(throttle.failed(name));
        }
        throttle.succeeded(name);
        User signedIn = user.orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String secret = TokenSecret.generate(random);
        Token token = Token.issue(Ids.newId(), signedIn.id(), TokenSecret.hash(secret), LABEL, now, signedIn.username());
        String language = transactions.write(r -> {
            r.insertToken(token);
            return r.language(signedIn.id()).orElse(DEFAULT_LANGUAGE);
        });
        return new SignInResult.SignedIn(secret, new WebSession(token.id(), signedIn.id(), signedIn.actor(), now, language));
    }

    /** The live, unexpired session of a cookie's secret: one indexed query. */
    public Optional<WebSession> session(String secret) {
        if (!TokenSecret.wellFormed(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return transactions.read(r -> r.liveSession(TokenSecret.hash(secret), LABEL))
                .filter(s -> s.startedAt().plus(LIFETIME).isAfter(now));
    }

    public void signOut(WebSession session) {
        transactions.write(r -> {
            r.revokeToken(session.tokenId(), clock.instant().truncatedTo(ChronoUnit.MICROS), session.actor().name());
            return null;
        });
    }

    /** Remembers the language a user reads the web application in. */
    public void setLanguage(Actor actor, String username, String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw VaxlineException.field(AccessError.ACCESS_LANGUAGE_UNSUPPORTED, "language",
                    "'" + language + "' is not one of vi, en, es");
        }
        Permissions.requireSelfOrNational(actor, username, "set the language");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        transactions.write(r -> {
            User user = IssueToken.requireEnabled(r, username);
            r.upsertLanguage(user.id(), language, now);
            return null;
        });
    }
}
