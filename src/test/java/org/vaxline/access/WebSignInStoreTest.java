package org.vaxline.access;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.access.application.SignInResult;
import org.vaxline.access.application.WebSession;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.access.AccessTestbed.OPERATOR;
import static org.vaxline.access.MapFacilityLookup.HANOI_CDC;

/** Passwords, web sessions and languages on both stores. */
class WebSignInStoreTest {
    private static final String PASSWORD = "mưa phùn tháng ba ở Hà Nội";

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aPasswordIsStoredOnlyAsItsArgon2idHashAndSignsIn(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            bed.user("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_CDC);
            bed.service().setPassword(OPERATOR, "hanoi.cdc", PASSWORD);
            String stored = bed.store.read(h -> h.createQuery("SELECT password_hash FROM access_password").mapTo(String.class).one());
            assertThat(stored).startsWith("$argon2id$").doesNotContain(PASSWORD);

            SignInResult result = bed.service().web().signIn("hanoi.cdc", PASSWORD);
            assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
            SignInResult.SignedIn signedIn = (SignInResult.SignedIn) result;
            WebSession session = bed.service().web().session(signedIn.secret()).orElseThrow();
            assertThat(session.actor().name()).isEqualTo("hanoi.cdc");
            assertThat(session.actor().provinceCode()).isEqualTo(MapFacilityLookup.HANOI);
            assertThat(session.language()).isEqualTo("vi");
            // a session's secret is not a bearer token
            assertThat(bed.module.authenticator().authenticate(signedIn.secret())).isEmpty();

            bed.service().web().setLanguage(session.actor(), "hanoi.cdc", "es");
            assertThat(bed.service().web().session(signedIn.secret()).orElseThrow().language()).isEqualTo("es");

            bed.service().web().signOut(session);
            assertThat(bed.service().web().session(signedIn.secret())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void wrongPasswordsAreRefusedAlikeAndThenSlowed(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            bed.user("admin", Role.NATIONAL_ADMIN, null);
            bed.service().setPassword(OPERATOR, "admin", PASSWORD);
            assertThat(bed.service().web().signIn("nobody", PASSWORD)).isInstanceOf(SignInResult.Refused.class);
            for (int i = 1; i <= 3; i++) {
                assertThat(bed.service().web().signIn("admin", "not the password")).isEqualTo(new SignInResult.Refused(i));
            }
            // the clock stands still in the testbed: the fourth attempt, even with the right password, must wait
            assertThat(bed.service().web().signIn("admin", PASSWORD)).isInstanceOf(SignInResult.Throttled.class);
        }
    }

    /** A clock the test moves forward, read by the module as the programme's clock. */
    private static final class SteppedClock extends java.time.Clock {
        private java.time.Instant now;

        SteppedClock(java.time.Instant now) {
            this.now = now;
        }

        void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theSlowingOfFailedSignInsSurvivesARestartAndKeepsNoName(Dialect dialect) {
        java.nio.file.Path file = tempDir.resolve("restarted-store");
        String schema = dialect == Dialect.POSTGRESQL ? org.vaxline.testing.TestStores.freshPostgresSchemaUrl() : null;
        java.util.function.Supplier<org.vaxline.platform.store.Store> open = () -> dialect == Dialect.SQLITE
                ? org.vaxline.platform.store.Store.embedded(file) : org.vaxline.platform.store.Store.open(schema);
        SteppedClock clock = new SteppedClock(java.time.Instant.parse("2021-09-17T08:30:00Z")); // the store keeps milliseconds
        try (org.vaxline.platform.store.Store store = open.get()) {
            AccessModule before = new AccessModule(store, clock, new MapFacilityLookup());
            before.service().addUser(OPERATOR, new org.vaxline.access.application.NewUser("Admin.Ha", Role.NATIONAL_ADMIN, null));
            before.service().setPassword(OPERATOR, "Admin.Ha", PASSWORD);
            for (int i = 1; i <= 3; i++) {
                assertThat(before.service().web().signIn("admin.ha", "not the password")).isEqualTo(new SignInResult.Refused(i));
            }
            // only a hash of the name is kept, never the name nor what was typed
            String stored = store.read(h -> h.createQuery("SELECT name_hash FROM access_sign_in_failure").mapTo(String.class).one());
            assertThat(stored).matches("[0-9a-f]{64}").doesNotContainIgnoringCase("admin");
        }
        clock.advance(java.time.Duration.ofSeconds(1));
        try (org.vaxline.platform.store.Store store = open.get()) {
            // a new server on the same store: the third failure still asks for 2 s, even with the right password
            AccessModule after = new AccessModule(store, clock, new MapFacilityLookup());
            assertThat(after.service().web().signIn("ADMIN.HA", PASSWORD))
                    .isEqualTo(new SignInResult.Throttled(java.time.Duration.ofSeconds(1)));
            clock.advance(java.time.Duration.ofSeconds(1));
            // the count goes on from where it was, and the wait doubles
            assertThat(after.service().web().signIn("admin.ha", "still not it")).isEqualTo(new SignInResult.Refused(4));
            clock.advance(java.time.Duration.ofSeconds(3));
            assertThat(after.service().web().signIn("admin.ha", PASSWORD)).isInstanceOf(SignInResult.Throttled.class);
            clock.advance(java.time.Duration.ofSeconds(1));
            assertThat(after.service().web().signIn("admin.ha", PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
            int left = store.read(h -> h.createQuery("SELECT count(*) FROM access_sign_in_failure").mapTo(Integer.class).one());
            assertThat(left).as("a success clears the count").isZero();
            // failures older than the longest wait are forgotten, and deleted as new ones come
            assertThat(after.service().web().signIn("someone.else", "guess")).isEqualTo(new SignInResult.Refused(1));
            clock.advance(java.time.Duration.ofMinutes(16));
            assertThat(after.service().web().signIn("another.guess", "guess")).isEqualTo(new SignInResult.Refused(1));
            assertThat(after.service().web().signIn("someone.else", "guess")).isEqualTo(new SignInResult.Refused(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyTheUserOrANationalAdminSetsAPasswordAndOnlyAGoodOne(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            bed.user("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_CDC);
            bed.user("other.cdc", Role.PROVINCE_MANAGER, HANOI_CDC);
            var other = new org.vaxline.platform.security.Actor("other.cdc", Role.PROVINCE_MANAGER, HANOI_CDC, MapFacilityLookup.HANOI);
            assertThatThrownBy(() -> bed.service().setPassword(other, "hanoi.cdc", PASSWORD))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("FORBIDDEN"));
            assertThatThrownBy(() -> bed.service().setPassword(OPERATOR, "hanoi.cdc", "short"))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("ACCESS_PASSWORD_WEAK"));
            assertThat(bed.count("access_password")).isZero();
            String fresh = bed.service().setFreshPassword(OPERATOR, "hanoi.cdc");
            assertThat(fresh).hasSize(16);
            assertThat(bed.service().web().signIn("hanoi.cdc", fresh)).isInstanceOf(SignInResult.SignedIn.class);
        }
    }
}
