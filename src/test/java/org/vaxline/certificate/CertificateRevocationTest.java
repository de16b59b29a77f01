package org.vaxline.certificate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.certificate.application.Issued;
import org.vaxline.certificate.application.RevokeCertificate;
import org.vaxline.certificate.domain.CertificateFormat;
import org.vaxline.certificate.domain.RevocationCause;
import org.vaxline.certificate.domain.RevocationList;
import org.vaxline.certificate.domain.Stage;
import org.vaxline.certificate.domain.Verdict;
import org.vaxline.person.domain.CorrectionRequest;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.domain.Dose;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.certificate.CertificateWorld.ADMIN;
import static org.vaxline.certificate.CertificateWorld.TODAY;

/**
 * Revocation on both stores: on request with a reason (once), and automatically, in the change's own transaction, when a
 * dose is reversed or a person merged or corrected; the served lists name what was revoked and verification refuses it.
 */
class CertificateRevocationTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCertificateRevokedOnRequestIsRefusedAndListed(Dialect dialect) {
        try (CertificateWorld world = new CertificateWorld(dialect, temp)) {
            world.certificates.keys().init(ADMIN);
            UUID an = world.person("Nguyễn Văn An");
            world.give(an, world.stockedLot("R1"), TODAY.minusDays(3));
            Issued issued = world.certificates.issue().issue(ADMIN, an, CertificateFormat.HC1, null);
            Issued other = world.certificates.issue().issue(ADMIN, an, CertificateFormat.HC1, null);
            String uvci = issued.entry().certificateId();

            assertThatThrownBy(() -> world.certificates.revoke().revoke(ADMIN, uvci, " "))
                    .satisfies(e -> assertThat(((VaxlineException) e).code().name()).isEqualTo("CERTIFICATE_REVOCATION_NEEDS_REASON"));
            assertThatThrownBy(() -> world.certificates.revoke().revoke(CertificateWorld.AUDITOR, uvci, "lost"))
                    .hasMessageContaining("may not revoke");
            assertThatThrownBy(() -> world.certificates.revoke().revoke(CertificateWorld.HUE_MANAGER, uvci, "lost"))
                    .hasMessageContaining("may not revoke");
            assertThatThrownBy(() -> world.certificates.revoke().revoke(ADMIN, "URN:UVCI:01:VN:NOPE#A", "lost"))
                    .hasMessageContaining("does not exist");
            assertThat(world.count("certificate_revocations")).isZero();

            RevokeCertificate.Outcome first = world.certificates.revoke().revoke(CertificateWorld.VACCINATOR, uvci, "phone stolen");
            assertThat(first.isNew()).isTrue();
            assertThat(first.revocation().cause()).isEqualTo(RevocationCause.REQUEST);
            RevokeCertificate.Outcome again = world.certificates.revoke().revoke(ADMIN, issued.entry().id().toString(), "again");
            assertThat(again.isNew()).isFalse();
            assertThat(again.revocation().id()).isEqualTo(first.revocation().id());
            assertThat(world.count("certificate_revocations")).isEqualTo(1);

            RevocationList list = world.certificates.revocations().list();
            assertThat(list.revoked()).isEqualTo(1);
            assertThat(list.hc1().uci()).containsExactly(issued.entry().hashes().uci());
            assertThat(list.hc1().countryCodeUci()).containsExactly(issued.entry().hashes().countryCodeUci());
            assertThat(list.hc1().signature()).containsExactly(issued.entry().hashes().signature());

            var report = world.certificates.verify().verify(issued.text(), null, null, null);
            assertThat(report.valid()).isFalse();
            assertThat(report.verdict(Stage.REVOCATION)).isEqualTo(Verdict.FAIL);
            assertThat(report.verdict(Stage.SIGNATURE)).isEqualTo(Verdict.PASS);
            assertThat(world.certificates.verify().verify(other.text(), null, null, null).valid()).isTrue();
            assertThat(world.certificates.verify().verify(other.text(), null, null, Set.of(other.entry().hashes().signature()))
                    .verdict(Stage.REVOCATION)).as("a given list's signature hash").isEqualTo(Verdict.FAIL);
            assertThatThrownBy(() -> world.store.inTransaction(h -> h.execute("DELETE FROM certificate_revocations")))
                    .hasMessageContaining("append-only");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void reversalsMergesAndCorrectionsOfStatedFieldsRevokeInTheirOwnTransaction(Dialect dialect) {
        try (CertificateWorld world = new CertificateWorld(dialect, temp)) {
            world.certificates.keys().init(ADMIN);
            UUID lot = world.stockedLot("R2");
            UUID an = world.person("Nguyễn Văn An");
            Dose first = world.give(an, lot, TODAY.minusDays(40));
            Dose second = world.give(an, lot, TODAY.minusDays(20));
            Issued ofFirst = world.certificates.issue().issue(ADMIN, an, CertificateFormat.HC1, first.id());
            Issued ofSecond = world.certificates.issue().issue(ADMIN, an, CertificateFormat.HC1, second.id());

            world.app.registry().reverseDose().reverse(ADMIN, Ids.newId(), second.id(), "recorded against the wrong person");
            assertThat(causes(world)).containsExactly(ofSecond.entry().certificateId() + " DOSE_REVERSED");
            assertThat(world.certificates.verify().verify(ofFirst.text(), null, null, null).valid()).isTrue();
            assertThat(world.certificates.verify().verify(ofSecond.text(), null, null, null).verdict(Stage.REVOCATION))
                    .isEqualTo(Verdict.FAIL);

            world.app.persons().correctPerson().correct(ADMIN, an, new CorrectionRequest(Ids.newId(), null, null, null,
                    "0987654321", null, null, null, null, null, "new phone"));
            assertThat(causes(world)).hasSize(1);
            world.app.persons().correctPerson().correct(ADMIN, an, new CorrectionRequest(Ids.newId(), null,
                    LocalDate.of(1990, 5, 15), null, null, null, null, null, null, null, "birth date typed wrong"));
            assertThat(causes(world)).containsExactlyInAnyOrder(ofSecond.entry().certificateId() + " DOSE_REVERSED",
                    ofFirst.entry().certificateId() + " PERSON_CORRECTED");

            UUID binh = world.person("Trần Thị Bình");
            UUID binhAgain = world.person("Trần Thị Bình");
            world.give(binh, lot, TODAY.minusDays(10));
            world.give(binhAgain, lot, TODAY.minusDays(30));
            Issued ofBinh = world.certificates.issue().issue(ADMIN, binh, CertificateFormat.HC1, null);
            Issued ofBinhAgain = world.certificates.issue().issue(ADMIN, binhAgain, CertificateFormat.HC1, null);
            world.app.persons().mergePersons().merge(ADMIN, Ids.newId(), binh, binhAgain, "same person registered twice");
            assertThat(causes(world)).contains(ofBinh.entry().certificateId() + " PERSONS_MERGED",
                    ofBinhAgain.entry().certificateId() + " PERSONS_MERGED").hasSize(4);
            assertThat(world.certificates.revocations().list().hc1().uci()).hasSize(4);
            Issued afterMerge = world.certificates.issue().issue(ADMIN, binh, CertificateFormat.HC1, null);
            assertThat(world.certificates.verify().verify(afterMerge.text(), null, null, null).valid()).isTrue();
        }
    }

    private static List<String> causes(CertificateWorld world) {
        return world.store.read(h -> h.createQuery("""
                        SELECT i.certificate_id, r.cause FROM certificate_revocations r JOIN certificate_issues i ON i.id = r.issue_id
                        ORDER BY r.revoked_at, i.issued_at, i.id""")
                .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2)).list());
    }
}
