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
