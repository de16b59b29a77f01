package org.vaxline.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.certificate.application.Issued;
import org.vaxline.certificate.application.QrCodes;
import org.vaxline.certificate.application.Shc;
import org.vaxline.certificate.domain.CertificateFormat;
import org.vaxline.certificate.domain.RevocationId;
import org.vaxline.certificate.domain.Stage;
import org.vaxline.certificate.domain.Verdict;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.domain.Dose;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.certificate.CertificateWorld.ADMIN;
import static org.vaxline.certificate.CertificateWorld.NOW;
import static org.vaxline.certificate.CertificateWorld.TODAY;

/**
 * SMART Health Cards issued on both stores: a minimal FHIR R4 Bundle of the Patient and the series' Immunizations (SNOMED
 * CT 33391000087109, lot, performer, dose number and total), a compact ES256 JWS with zip DEF whose kid is the key's
 * thumbprint in our JWKS, numeric shc:/ text that a QR image carries back, verified here and revocable by its rid.
 */
class ShcIssueTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aHealthCardListsTheSeriesVerifiesAndIsRevokedByItsRid(Dialect dialect) throws Exception {
        try (CertificateWorld world = new CertificateWorld(dialect, temp)) {
            world.certificates.keys().init(ADMIN);
            UUID lot = world.stockedLot("S1");
            UUID an = world.person("Nguyễn Văn An");
            Dose first = world.give(an, lot, TODAY.minusDays(40));
            Dose second = world.give(an, lot, TODAY.minusDays(20));
            Issued card = world.certificates.issue().issue(CertificateWorld.VACCINATOR, an, CertificateFormat.SHC, null);
            assertThat(card.text()).startsWith("shc:/").matches("shc:/\\d+");
            assertThat(card.entry().doseId()).isEqualTo(second.id());
            assertThat(card.entry().hashes()).isNull();

            String jws = Shc.fromNumeric(card.text().substring(5));
            JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jws.split("\\.")[0]));
            assertThat(header.path("alg").asText()).isEqualTo("ES256");
            assertThat(header.path("zip").asText()).isEqualTo("DEF");
            assertThat(header.path("kid").asText()).isEqualTo(card.entry().kid());
            JsonNode payload = new ObjectMapper().readTree(new String(Shc.inflate(Base64.getUrlDecoder().decode(jws.split("\\.")[1])),
                    StandardCharsets.UTF_8));
            assertThat(payload.path("iss").asText()).isEqualTo("http://localhost:8080");
            assertThat(payload.path("nbf").asLong()).isEqualTo(NOW.getEpochSecond());
            assertThat(payload.path("vc").path("type").toString()).contains("https://smarthealth.cards#health-card");
            assertThat(payload.path("vc").path("rid").asText()).isEqualTo(RevocationId.of(card.entry().certificateId()));
            JsonNode bundle = payload.path("vc").path("credentialSubject").path("fhirBundle");
            assertThat(payload.path("vc").path("credentialSubject").path("fhirVersion").asText()).isEqualTo("4.0.1");
            assertThat(bundle.path("type").asText()).isEqualTo("collection");
            assertThat(bundle.path("entry")).hasSize(3);
            JsonNode patient = bundle.path("entry").get(0).path("resource");
            assertThat(patient.path("resourceType").asText()).isEqualTo("Patient");
            assertThat(patient.path("name").get(0).path("family").asText()).isEqualTo("Nguyễn");
            assertThat(patient.path("name").get(0).path("given").get(0).asText()).isEqualTo("Văn An");
            assertThat(patient.path("birthDate").asText()).isEqualTo("1990-05-14");
            assertThat(patient.has("id")).isFalse();
            JsonNode latest = bundle.path("entry").get(2).path("resource");
            assertThat(bundle.path("entry").get(2).path("fullUrl").asText()).isEqualTo("resource:2");
            assertThat(latest.path("resourceType").asText()).isEqualTo("Immunization");
            assertThat(latest.path("status").asText()).isEqualTo("completed");
            assertThat(latest.path("vaccineCode").path("coding").get(0).path("system").asText()).isEqualTo("http://snomed.info/sct");
            assertThat(latest.path("vaccineCode").path("coding").get(0).path("code").asText()).isEqualTo("33391000087109");
            assertThat(latest.path("patient").path("reference").asText()).isEqualTo("resource:0");
            assertThat(latest.path("occurrenceDateTime").asText()).isEqualTo(second.givenOn().toString());
            assertThat(latest.path("lotNumber").asText()).isEqualTo("S1");
            assertThat(latest.path("performer").get(0).path("actor").path("display").asText()).isNotBlank();
            assertThat(latest.path("protocolApplied").get(0).path("doseNumberPositiveInt").asInt()).isEqualTo(2);
            assertThat(latest.path("protocolApplied").get(0).path("seriesDosesPositiveInt").asInt()).isEqualTo(3);
            assertThat(bundle.path("entry").get(1).path("resource").path("occurrenceDateTime").asText()).isEqualTo(first.givenOn().toString());

            var report = world.certificates.verify().verify(card.text(), null, null, null);
            assertThat(report.format()).isEqualTo("shc");
            assertThat(report.stages()).extracting(s -> s.stage()).containsExactlyElementsOf(Stage.SHC);
            assertThat(report.stages()).allSatisfy(s -> assertThat(s.verdict()).as(s.toString()).isEqualTo(Verdict.PASS));
            assertThat(world.certificates.verify().verify(jws, null, null, null).valid()).as("a bare JWS").isTrue();
            assertThat(world.certificates.verify().verify(QrCodes.read(QrCodes.png(card.text())), null, null, null).valid())
                    .as("read back from its QR image").isTrue();
            assertThat(world.certificates.verify().verify(card.text(), null, NOW.plusSeconds(400L * 86400), null)
                    .verdict(Stage.VALIDITY)).isEqualTo(Verdict.FAIL);

            var jwks = world.certificates.issuerKeys().jwks();
            assertThat(jwks.toString()).contains(card.entry().kid(), "P-256", "ES256").doesNotContain("crlVersion");
            Issued first1 = world.certificates.issue().issue(ADMIN, an, CertificateFormat.SHC, first.id());
            world.certificates.revoke().revoke(ADMIN, card.entry().certificateId(), "card lost");
            assertThat(world.certificates.verify().verify(card.text(), null, null, null).verdict(Stage.REVOCATION)).isEqualTo(Verdict.FAIL);
            assertThat(world.certificates.verify().verify(first1.text(), null, null, null).valid()).isTrue();
            assertThat(world.certificates.issuerKeys().jwks().toString()).contains("crlVersion=1");
            var crl = world.certificates.issuerKeys().crl(card.entry().kid());
            assertThat(crl.rids()).containsExactly(RevocationId.of(card.entry().certificateId()));
            assertThat(crl.method()).isEqualTo("rid");
            assertThat(world.certificates.issuerKeys().crl("not-ours")).isNull();
            assertThat(world.certificates.revocations().list().hc1().uci()).isEmpty();
        }
    }
}
