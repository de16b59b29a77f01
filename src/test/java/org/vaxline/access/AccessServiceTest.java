package org.vaxline.access;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.access.application.NewUser;
import org.vaxline.access.domain.AccessError;
import org.vaxline.access.domain.Scope;
import org.vaxline.access.domain.User;
import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.access.AccessTestbed.NOW;
import static org.vaxline.access.AccessTestbed.OPERATOR;
import static org.vaxline.access.MapFacilityLookup.HANOI;
import static org.vaxline.access.MapFacilityLookup.HANOI_CDC;
import static org.vaxline.access.MapFacilityLookup.HANOI_SITE;
import static org.vaxline.access.MapFacilityLookup.NATIONAL_STORE;

class AccessServiceTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void addedUsersAreStoredWithScopeAndAuthorAndListedByName(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            User manager = bed.user("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_CDC);
            bed.user("admin", Role.NATIONAL_ADMIN, null);
            bed.user("Zed_audit", Role.AUDITOR, NATIONAL_STORE);

            assertThat(manager.scope()).isEqualTo(new Scope(HANOI_CDC, HANOI));
            assertThat(bed.service().listUsers(OPERATOR, null, 10))
                    .extracting(User::username).containsExactly("admin", "hanoi.cdc", "Zed_audit");
            assertThat(bed.service().listUsers(OPERATOR, "admin", 1)).containsExactly(manager);
            User stored = bed.service().listUsers(OPERATOR, "admin", 1).get(0);
            assertThat(stored.createdBy()).isEqualTo(OPERATOR.name());
            assertThat(stored.createdAt()).isEqualTo(NOW);
            assertThat(stored.enabled()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void rejectionsNameTheirCodeAndFieldAndWriteNothing(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            bed.user("admin", Role.NATIONAL_ADMIN, null);

            assertRejected(() -> bed.user("ADMIN", Role.AUDITOR, null), AccessError.ACCESS_USERNAME_TAKEN, "username");
            assertRejected(() -> bed.user("a b", Role.AUDITOR, null), AccessError.ACCESS_USERNAME_INVALID, "username");
            assertRejected(() -> bed.user("xy", Role.AUDITOR, null), AccessError.ACCESS_USERNAME_INVALID, "username");
            assertRejected(() -> bed.user("pm", Role.PROVINCE_MANAGER, null), AccessError.ACCESS_USERNAME_INVALID, "username");
            assertRejected(() -> bed.user("pm1", Role.PROVINCE_MANAGER, null), AccessError.ACCESS_SCOPE_INVALID, "facility");
            assertRejected(() -> bed.user("pm2", Role.PROVINCE_MANAGER, NATIONAL_STORE), AccessError.ACCESS_SCOPE_INVALID, "facility");
            assertRejected(() -> bed.user("vac", Role.SITE_VACCINATOR, null), AccessError.ACCESS_SCOPE_INVALID, "facility");
            assertRejected(() -> bed.user("vac", Role.SITE_VACCINATOR, UUID.randomUUID()), AccessError.ACCESS_FACILITY_UNKNOWN, "facility");
            assertRejected(() -> bed.service().addUser(OPERATOR, new NewUser("norole", null, null)), AccessError.ACCESS_ROLE_INVALID, "role");
            assertRejected(() -> bed.token("nobody"), AccessError.ACCESS_USER_UNKNOWN, "username");
            assertRejected(() -> bed.service().revokeUser(OPERATOR, "nobody"), AccessError.ACCESS_USER_UNKNOWN, "username");
            assertRejected(() -> bed.service().revokeToken(OPERATOR, UUID.randomUUID()), AccessError.ACCESS_TOKEN_UNKNOWN, "tokenId");
            assertRejected(() -> bed.service().issueToken(OPERATOR, "admin", "x".repeat(101)), AccessError.ACCESS_LABEL_INVALID, "label");

            assertThat(bed.count("access_user")).isEqualTo(1);
            assertThat(bed.count("access_token")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyNationalAdminsManageUsersButEveryoneMayGetTheirOwnToken(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            bed.user("vaccinator", Role.SITE_VACCINATOR, HANOI_SITE);
            bed.user("other", Role.AUDITOR, null);
            Actor vaccinator = new Actor("vaccinator", Role.SITE_VACCINATOR, HANOI_SITE, HANOI);

            assertRejected(() -> bed.service().addUser(vaccinator, new NewUser("friend", Role.AUDITOR, null)), PlatformError.FORBIDDEN, null);
            assertRejected(() -> bed.service().listUsers(vaccinator, null, 10), PlatformError.FORBIDDEN, null);
            assertRejected(() -> bed.service().revokeUser(vaccinator, "other"), PlatformError.FORBIDDEN, null);
            assertRejected(() -> bed.service().issueToken(vaccinator, "other", null), PlatformError.FORBIDDEN, null);
            var own = bed.service().issueToken(vaccinator, "vaccinator", "laptop");
            assertThat(bed.module.authenticator().authenticate(own.token())).contains(vaccinator);
            assertThat(bed.count("access_user")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void revokingAUserRecordsWhoAndWhenAndIsIdempotent(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            bed.user("leaver", Role.AUDITOR, null);
            User revoked = bed.service().revokeUser(OPERATOR, "leaver");
            User again = bed.service().revokeUser(new Actor("someone-else", Role.NATIONAL_ADMIN, null, null), "leaver");

            assertThat(revoked.enabled()).isFalse();
            assertThat(again).isEqualTo(revoked);
            assertThat(again.disabledBy()).isEqualTo(OPERATOR.name());
            assertThat(again.disabledAt()).isEqualTo(NOW);
            assertRejected(() -> bed.token("leaver"), AccessError.ACCESS_USER_DISABLED, "username");
        }
    }

    private static void assertRejected(Runnable call, ErrorCode code, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(VaxlineException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            if (field != null) {
                assertThat(e.fieldErrors()).containsKey(field);
            }
        });
    }
}
