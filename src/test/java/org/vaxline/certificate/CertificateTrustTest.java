package org.vaxline.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.certificate.application.ManageKeys;
import org.vaxline.certificate.domain.Stage;
import org.vaxline.certificate.domain.Verdict;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.ModuleServer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.certificate.CertificateWorld.ADMIN;

/**
 * Partners' signers imported into the keys folder's trusted/ (base64, PEM and a JWKS, from a folder), trusted by
 * verification here, and served with ours as a signed trust list whose signature verifies with the certificate it names.
 */
class CertificateTrustTest {
    @TempDir
    Path temp;

    @Test
    void importedSignersAreTrustedAndTheListIsSigned() throws Exception {
        try (CertificateWorld world = new CertificateWorld(Dialect.SQLITE, temp);
             ModuleServer server = ModuleServer.start(Map.of("admin", ADMIN, "auditor", CertificateWorld.AUDITOR),
                     world.certificates.routes())) {
            world.certificates.keys().init(ADMIN);
            String shcExample = resource("/smart-health-cards/example-00-f-qr-code-numeric-value-0.txt");
            assertThat(world.certificates.verify().verify(shcExample, null, null, null).verdict(Stage.KID)).isEqualTo(Verdict.FAIL);

            JsonNode vector = new ObjectMapper().readTree(resource("/dgc-testdata/common/CO1.json"));
            Path partners = Files.createDirectories(temp.resolve("partners"));
            Files.writeString(partners.resolve("de.b64"), vector.path("TESTCTX").path("CERTIFICATE").asText());
            Files.writeString(partners.resolve("smart.json"), resource("/smart-health-cards/issuer/.well-known/jwks.json"));
            assertThatThrownBy(() -> world.certificates.keys().importTrusted(CertificateWorld.VACCINATOR, partners))
                    .hasMessageContaining("national");
            Files.writeString(temp.resolve("garbage.pem"), "not a certificate");
            assertThatThrownBy(() -> world.certificates.keys().importTrusted(ADMIN, temp.resolve("garbage.pem")))
                    .isInstanceOf(VaxlineException.class);

            ManageKeys.Imported imported = world.certificates.keys().importTrusted(ADMIN, partners);
            assertThat(imported).isEqualTo(new ManageKeys.Imported(1, 1, 0));
            assertThat(world.certificates.keys().importTrusted(ADMIN, partners)).isEqualTo(new ManageKeys.Imported(0, 0, 2));
            String pem = "-----BEGIN CERTIFICATE-----\n" + vector.path("TESTCTX").path("CERTIFICATE").asText() + "\n-----END CERTIFICATE-----\n";
            Files.writeString(temp.resolve("de.pem"), pem);
            assertThat(world.certificates.keys().importTrusted(ADMIN, temp.resolve("de.pem")).known()).isEqualTo(1);
            assertThat(Files.list(world.keys.resolve("trusted")).count()).isEqualTo(2);

            assertThat(world.certificates.verify().verify(shcExample, null, null, null).valid()).as("the spec issuer is trusted").isTrue();
            var hc1 = world.certificates.verify().verify(vector.path("PREFIX").asText(), null,
                    java.time.OffsetDateTime.parse(vector.path("TESTCTX").path("VALIDATIONCLOCK").asText()).toInstant(), null);
            assertThat(hc1.verdict(Stage.SIGNATURE)).as("the partner's EU DCC signer is trusted").isEqualTo(Verdict.PASS);

            ContractClient.Answer answer = server.client().call("GET", "/api/v1/certificates/trust-list", "auditor", null);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode content = answer.json().path("content");
            assertThat(content.path("signers")).hasSize(2);
            assertThat(content.path("signers").findValuesAsText("source")).containsExactlyInAnyOrder("ours", "imported");
            assertThat(content.path("keys").findValuesAsText("kid")).contains("3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s");

            JWSObject jws = JWSObject.parse(answer.json().path("jws").asText());
            X509Certificate signer = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(jws.getHeader().getX509CertChain().get(0).decode()));
            assertThat(signer).isEqualTo(world.certificates.keys().current().certificate());
            assertThat(jws.verify(new ECDSAVerifier((ECPublicKey) signer.getPublicKey()))).isTrue();
            assertThat(new ObjectMapper().readTree(jws.getPayload().toString())).isEqualTo(content);
            assertThat(Base64.getDecoder().decode(content.path("signers").get(0).path("certificate").asText())).isNotEmpty();
        }
    }

    private static String resource(String name) throws Exception {
        return Files.readString(Path.of(CertificateTrustTest.class.getResource(name).toURI()), StandardCharsets.UTF_8);
    }
}
