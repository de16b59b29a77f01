package org.vaxline.certificate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.certificate.application.Issued;
import org.vaxline.certificate.domain.CertificateFormat;
import org.vaxline.certificate.domain.DdccSchema;
import org.vaxline.certificate.domain.Stage;
import org.vaxline.certificate.domain.Verdict;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.domain.Dose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.certificate.CertificateWorld.ADMIN;
import static org.vaxline.certificate.CertificateWorld.TODAY;

/** WHO DDCC:VS on both stores: the document Bundle with every required element, its QR an EU DCC that verifies and revokes. */
class DdccIssueTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    @SuppressWarnings("unchecked")
    void aDdccDocumentConformsAndItsQrVerifiesAsAnEuDcc(Dialect dialect) {
        try (CertificateWorld world = new CertificateWorld(dialect, temp)) {
            world.certificates.keys().init(ADMIN);
            UUID an = world.person("Nguyễn Văn An");
            Dose dose = world.give(an, world.stockedLot("D1"), TODAY.minusDays(5));
            Issued ddcc = world.certificates.issue().issue(ADMIN, an, CertificateFormat.DDCC, null);
            assertThat(ddcc.entry().format()).isEqualTo(CertificateFormat.DDCC);
            assertThat(DdccSchema.problems(ddcc.payload())).isEmpty();
            List<Map<String, Object>> entries = (List<Map<String, Object>>) ddcc.payload().get("entry");
            assertThat(entries).extracting(e -> ((Map<String, Object>) e.get("resource")).get("resourceType"))
                    .containsExactly("Composition", "Patient", "Organization", "Immunization");
            Map<String, Object> composition = (Map<String, Object>) entries.get(0).get("resource");
            assertThat(composition.get("identifier")).isEqualTo(Map.of("value", ddcc.entry().certificateId()));
            Map<String, Object> immunization = (Map<String, Object>) entries.get(3).get("resource");
            assertThat(immunization.toString()).contains("XM5JC5", "D1", "VNM", dose.givenOn().toString());

            assertThat(ddcc.text()).startsWith("HC1:");
            var report = world.certificates.verify().verify(ddcc.text(), null, null, null);
            assertThat(report.valid()).as(report.stages().toString()).isTrue();
            assertThat(report.payload().toString()).contains(ddcc.entry().certificateId());
            world.certificates.revoke().revoke(ADMIN, ddcc.entry().certificateId(), "reissued");
            assertThat(world.certificates.verify().verify(ddcc.text(), null, null, null).verdict(Stage.REVOCATION)).isEqualTo(Verdict.FAIL);
            assertThat(world.certificates.revocations().list().hc1().uci()).hasSize(1);
        }
    }
}
