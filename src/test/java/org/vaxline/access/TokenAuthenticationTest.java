package org.vaxline.access;

import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.access.application.IssuedToken;
import org.vaxline.access.domain.TokenSecret;
import org.vaxline.platform.http.Authenticator;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.access.AccessTestbed.OPERATOR;
import static org.vaxline.access.MapFacilityLookup.HANOI;
import static org.vaxline.access.MapFacilityLookup.HANOI_CDC;

class TokenAuthenticationTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void tokensAreRandomAndStoredOnlyAsTheirHash(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            bed.user("admin", Role.NATIONAL_ADMIN, null);
            IssuedToken first = bed.service().issueToken(OPERATOR, "admin", "laptop");
            IssuedToken second = bed.service().issueToken(OPERATOR, "admin", null);

            assertThat(first.token()).matches("vxl_[A-Za-z0-9_-]{43}").isNotEqualTo(second.token());
            assertThat(first.toString()).doesNotContain(first.token());
            List<Map<String, Object>> rows = bed.store.read(handle ->
                    handle.createQuery("SELECT * FROM access_token ORDER BY id").mapToMap().list());
            assertThat(rows).hasSize(2);
            String everything = rows.toString();
            for (IssuedToken issued : List.of(first, second)) {
                assertThat(everything).doesNotContain(issued.token()).doesNotContain(issued.token().substring(4));
                assertThat(everything).contains(TokenSecret.hash(issued.token()));
            }
            assertThat(rows.get(0)).containsEntry("label", "laptop").containsEntry("created_by", OPERATOR.name());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyALiveTokenOfAnEnabledUserAuthenticatesAndRevocationActsAtOnce(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            Authenticator authenticator = bed.module.authenticator();
            bed.user("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_CDC);
            IssuedToken kept = bed.service().issueToken(OPERATOR, "hanoi.cdc", "kept");
            IssuedToken leaked = bed.service().issueToken(OPERATOR, "hanoi.cdc", "leaked");
            Actor manager = new Actor("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_CDC, HANOI);

            assertThat(authenticator.authenticate(kept.token())).contains(manager);
            assertThat(authenticator.authenticate(leaked.token())).contains(manager);
            assertThat(authenticator.authenticate("vxl_" + "A".repeat(43))).isEmpty();
            assertThat(authenticator.authenticate("not a token")).isEmpty();
            assertThat(authenticator.authenticate(TokenSecret.hash(kept.token()))).isEmpty();

            bed.service().revokeToken(OPERATOR, leaked.tokenId());
            assertThat(authenticator.authenticate(leaked.token())).isEmpty();
            assertThat(authenticator.authenticate(kept.token())).contains(manager);

            bed.service().revokeUser(OPERATOR, "hanoi.cdc");
            assertThat(authenticator.authenticate(kept.token())).isEmpty();
            int live = bed.store.read(handle -> handle.createQuery(
                    "SELECT count(*) FROM access_token WHERE revoked_at IS NULL").mapTo(Integer.class).one());
            assertThat(live).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void authenticatingARequestCostsOneStatementAndGarbageCostsNone(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            bed.user("admin", Role.NATIONAL_ADMIN, null);
            String token = bed.token("admin");
            AtomicInteger statements = new AtomicInteger();
            bed.store.jdbi().setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext context) {
                    statements.incrementAndGet();
                }
            });

            assertThat(bed.module.authenticator().authenticate(token)).isPresent();
            assertThat(statements).hasValue(1);
            assertThat(bed.module.authenticator().authenticate("Basic garbage")).isEmpty();
            assertThat(statements).hasValue(1);
        }
    }
}
