package org.vaxline.certificate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.certificate.application.Issued;
import org.vaxline.certificate.domain.CertificateFormat;
import org.vaxline.certificate.domain.Stage;
import org.vaxline.certificate.domain.Uvci;
import org.vaxline.certificate.domain.VerificationReport;
import org.vaxline.certificate.domain.Verdict;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.domain.Dose;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.certificate.CertificateWorld.ADMIN;
import static org.vaxline.certificate.CertificateWorld.NOW;
import static org.vaxline.certificate.CertificateWorld.TODAY;

/** Issuing on both stores: recorded doses only, the dose number and the regimen's total, logged, and verifiable here. */
class CertificateIssueTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCertificateStatesTheLatestRecordedDoseIsLoggedAndVerifies(Dialect dialect) {
        try (CertificateWorld world = new CertificateWorld(dialect, temp)) {
            UUID lot = world.stockedLot("A2109-01");
            UUID an = world.person("Nguyễn Văn An");
            assertThatThrownBy(() -> world.certificates.issue().issue(ADMIN, an, CertificateFormat.HC1, null))
                    .satisfies(e -> assertThat(((VaxlineException) e).code().name()).isEqualTo("CERTIFICATE_NO_DOSES"));
            Dose first = world.give(an, lot, TODAY.minusDays(30));
            assertThatThrownBy(() -> world.certificates.issue().issue(ADMIN, an, CertificateFormat.HC1, null))
                    .isInstanceOf(VaxlineException.class).hasMessageContaining("keys init");
            world.certificates.keys().init(ADMIN);
            Dose second = world.give(an, lot, TODAY.minusDays(14));
            Issued issued = world.certificates.issue().issue(CertificateWorld.VACCINATOR, an, CertificateFormat.HC1, null);
            assertThat(issued.text()).startsWith("HC1:");
            assertThat(issued.entry().doseId()).isEqualTo(second.id());
            assertThat(Uvci.checkCharacterValid(issued.entry().certificateId())).isTrue();
            assertThat(issued.entry().certificateId()).startsWith("URN:UVCI:01:VN:");
            @SuppressWarnings("unchecked")
            Map<String, Object> v = ((List<Map<String, Object>>) issued.payload().get("v")).get(0);
            assertThat(v).containsEntry("dn", 2).containsEntry("sd", 3).containsEntry("mp", "Abdala").containsEntry("ma", "CIGB")
                    .containsEntry("vp", "28531000087107").containsEntry("tg", "840539006").containsEntry("dt", TODAY.minusDays(14).toString())
                    .containsEntry("ci", issued.entry().certificateId());
            assertThat(issued.entry().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(365)));

            VerificationReport report = world.certificates.verify().verify(issued.text(), null, null, null);
            assertThat(report.stages()).allSatisfy(s -> assertThat(s.verdict()).as(s.toString()).isEqualTo(Verdict.PASS));
            assertThat(world.certificates.verify().verify(issued.text(), null, NOW.plus(Duration.ofDays(400)), null)
                    .verdict(Stage.VALIDITY)).isEqualTo(Verdict.FAIL);

            Issued ofFirst = world.certificates.issue().issue(ADMIN, an, CertificateFormat.HC1, first.id());
            assertThat(ofFirst.payload().toString()).contains("dn=1");
            assertThat(world.count("certificate_issues")).isEqualTo(2);
            List<String> issuers = world.store.read(h -> h.createQuery("SELECT issued_by FROM certificate_issues ORDER BY issued_by")
                    .mapTo(String.class).list());
            assertThat(issuers).containsExactly("hanoi.site", "nat.admin");
            int reads = world.store.read(h -> h.createQuery("SELECT COUNT(*) FROM person_reads WHERE purpose = 'CERTIFICATE'")
                    .mapTo(Integer.class).one());
            assertThat(reads).isEqualTo(2);
            assertThatThrownBy(() -> world.store.inTransaction(h -> h.execute("DELETE FROM certificate_issues")))
                    .hasMessageContaining("append-only");

            assertThatThrownBy(() -> world.certificates.issue().issue(CertificateWorld.HUE_MANAGER, an, CertificateFormat.HC1, null))
                    .hasMessageContaining("may not issue");
            assertThatThrownBy(() -> world.certificates.issue().issue(CertificateWorld.AUDITOR, an, CertificateFormat.HC1, null))
                    .hasMessageContaining("may not issue");
            assertThatThrownBy(() -> world.certificates.issue().issue(ADMIN, Ids.newId(), CertificateFormat.HC1, null))
                    .hasMessageContaining("does not exist");

            world.app.registry().reverseDose().reverse(ADMIN, Ids.newId(), second.id(), "recorded against the wrong person");
            Issued afterReversal = world.certificates.issue().issue(ADMIN, an, CertificateFormat.HC1, null);
            assertThat(afterReversal.entry().doseId()).isEqualTo(first.id());
            assertThatThrownBy(() -> world.certificates.issue().issue(ADMIN, an, CertificateFormat.HC1, second.id()))
                    .hasMessageContaining("not a recorded dose");
        }
    }
}
