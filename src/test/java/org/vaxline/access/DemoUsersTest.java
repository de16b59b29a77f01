package org.vaxline.access;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.access.application.DemoUser;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.access.AccessTestbed.OPERATOR;
import static org.vaxline.access.MapFacilityLookup.HANOI;
import static org.vaxline.access.MapFacilityLookup.HANOI_CDC;
import static org.vaxline.access.MapFacilityLookup.HANOI_SITE;

class DemoUsersTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void demoUsersAreMadeOnceAndEachRunLeavesExactlyOneFreshDemoToken(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            List<DemoUser> demo = DemoUser.onePerRole(HANOI_CDC, HANOI_SITE);
            bed.user("admin", Role.NATIONAL_ADMIN, null);
            String ownToken = bed.token("admin");

            Map<String, String> first = bed.service().ensureDemoUsers(OPERATOR, demo);
            Map<String, String> second = bed.service().ensureDemoUsers(OPERATOR, demo);

            assertThat(bed.count("access_user")).isEqualTo(4);
            assertThat(second.keySet()).containsExactly("admin", "province", "vaccinator", "auditor");
            first.values().forEach(token -> assertThat(bed.module.authenticator().authenticate(token)).isEmpty());
            assertThat(bed.module.authenticator().authenticate(ownToken)).as("tokens not labelled demo stay").isPresent();
            assertThat(second.entrySet()).allSatisfy(entry -> assertThat(bed.module.authenticator().authenticate(entry.getValue()))
                    .map(Actor::name).contains(entry.getKey()));
            assertThat(bed.module.authenticator().authenticate(second.get("province")))
                    .contains(new Actor("province", Role.PROVINCE_MANAGER, HANOI_CDC, HANOI));
            assertThat(bed.module.authenticator().authenticate(second.get("vaccinator")))
                    .contains(new Actor("vaccinator", Role.SITE_VACCINATOR, HANOI_SITE, HANOI));
        }
    }
}
