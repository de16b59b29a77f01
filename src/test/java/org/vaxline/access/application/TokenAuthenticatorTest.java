package org.vaxline.access.application;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.access.store.JdbiAccessTransactions;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the authenticator remembers of a token, on a real store: a revocation made in this process acts on the next
 * request; one made by another process on the same store (here a second service with its own transactions, as the CLI
 * beside a running server) acts once the remembered answer is {@link TokenAuthenticator#FRESH_FOR} old.
 */
class TokenAuthenticatorTest {
    private static final Actor OPERATOR = Actor.operator("tester");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-09-17T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRevocationElsewhereActsOnceTheRememberedAnswerIsStale(Dialect dialect) {
        try (Store store = TestStores.open(dialect, tempDir)) {
            JdbiAccessTransactions transactions = new JdbiAccessTransactions(store);
            AtomicLong now = new AtomicLong(1_000_000_000L);
            TokenAuthenticator authenticator = new TokenAuthenticator(transactions, now::get);
            FacilityLookup noFacilities = id -> Optional.empty();
            AccessService here = new AccessService(authenticator.forgettingOnWrite(transactions), noFacilities, CLOCK, new SecureRandom());
            AccessService elsewhere = new AccessService(new JdbiAccessTransactions(store), noFacilities, CLOCK, new SecureRandom());
            here.addUser(OPERATOR, new NewUser("auditor", Role.AUDITOR, null));
            IssuedToken first = here.issueToken(OPERATOR, "auditor", "first");
            IssuedToken second = here.issueToken(OPERATOR, "auditor", "second");
            assertThat(authenticator.authenticate(first.token())).isPresent();
            assertThat(authenticator.authenticate(second.token())).isPresent();

            elsewhere.revokeToken(OPERATOR, first.tokenId());
            now.addAndGet(TokenAuthenticator.FRESH_FOR.toNanos() - 1);
            assertThat(authenticator.authenticate(first.token())).as("remembered, not yet stale").isPresent();
            now.addAndGet(1);
            assertThat(authenticator.authenticate(first.token())).as("stale: read again, and revoked").isEmpty();

            here.revokeToken(OPERATOR, second.tokenId());
            assertThat(authenticator.authenticate(second.token())).as("revoked here: forgotten at once").isEmpty();

            IssuedToken later = elsewhere.issueToken(OPERATOR, "auditor", "issued elsewhere");
            assertThat(authenticator.authenticate(later.token())).as("a refusal is never remembered").isPresent();
        }
    }
}
