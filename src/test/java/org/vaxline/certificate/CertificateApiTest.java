package org.vaxline.certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.certificate.application.QrCodes;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.ContractClient.Answer;
import org.vaxline.testing.ModuleServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.certificate.CertificateWorld.TODAY;

/** Certificates over real HTTP in process, on SQLite; every JSON answer is checked against the OpenAPI document. */
class CertificateApiTest {
    private static final String ADMIN = "admin-token";
    private static final String AUDITOR = "auditor-token";
    private static final Map<String, Actor> TOKENS = Map.of(ADMIN, CertificateWorld.ADMIN, AUDITOR, CertificateWorld.AUDITOR);

    @TempDir
    Path temp;

    @Test
    void issuesAsJsonOrPngAndVerifies() throws Exception {
        try (CertificateWorld world = new CertificateWorld(Dialect.SQLITE, temp);
             ModuleServer server = ModuleServer.start(TOKENS, world.certificates.routes())) {
            ContractClient client = server.client();
            UUID an = world.person("Nguyễn Văn An");
            world.give(an, world.stockedLot("A1"), TODAY.minusDays(3));
            Answer noKeys = client.call("GET", "/api/v1/persons/" + an + "/certificates?format=hc1", ADMIN, null);
            assertThat(noKeys.status()).isEqualTo(422);
            assertThat(noKeys.json().path("code").asText()).isEqualTo("KEYS_MISSING");
            world.certificates.keys().init(CertificateWorld.ADMIN);

            Answer issued = client.call("GET", "/api/v1/persons/" + an + "/certificates?format=hc1", ADMIN, null);
            assertThat(issued.status()).as(issued.body()).isEqualTo(200);
            String text = issued.json().path("text").asText();
            assertThat(text).startsWith("HC1:");
            assertThat(issued.json().path("payload").path("v").get(0).path("mp").asText()).isEqualTo("Abdala");
            assertThat(issued.json().path("certificateId").asText()).startsWith("URN:UVCI:01:VN:");

            Answer verified = client.call("POST", "/api/v1/certificates/verify", AUDITOR, "{\"text\": " + quote(text) + "}");
            assertThat(verified.status()).isEqualTo(200);
            assertThat(verified.json().path("valid").asBoolean()).isTrue();
            assertThat(verified.json().path("stages")).hasSize(11);
            Answer later = client.call("POST", "/api/v1/certificates/verify", AUDITOR,
                    "{\"text\": " + quote(text) + ", \"at\": \"2030-01-01T00:00:00+07:00\"}");
            assertThat(later.json().path("valid").asBoolean()).isFalse();
            assertThat(later.json().path("stages").get(6).path("verdict").asText()).isEqualTo("FAIL");
            assertThat(client.callMalformed("POST", "/api/v1/certificates/verify", AUDITOR, "{}").status()).isEqualTo(400);
            assertThat(client.callMalformed("GET", "/api/v1/persons/" + an + "/certificates?format=xml", ADMIN, null).status()).isEqualTo(400);
            assertThat(client.call("GET", "/api/v1/persons/" + an + "/certificates", AUDITOR, null).status()).isEqualTo(403);
            assertThat(client.call("GET", "/api/v1/persons/" + UUID.randomUUID() + "/certificates", ADMIN, null).status()).isEqualTo(404);

            HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(baseUrl(server) + "/api/v1/persons/" + an + "/certificates?format=hc1"))
                    .header("Authorization", "Bearer " + ADMIN).header("Accept", "image/png").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
            String fromImage = QrCodes.read(png.body());
            assertThat(fromImage).startsWith("HC1:");
            assertThat(world.certificates.verify().verify(fromImage, null, null, null).valid()).isTrue();
            assertThat(world.count("certificate_issues")).isEqualTo(2);
        }
    }

    @Test
    void revokesOnRequestOnceAndServesTheLists() throws Exception {
        try (CertificateWorld world = new CertificateWorld(Dialect.SQLITE, temp);
             ModuleServer server = ModuleServer.start(TOKENS, world.certificates.routes())) {
            ContractClient client = server.client();
            world.certificates.keys().init(CertificateWorld.ADMIN);
            UUID an = world.person("Nguyễn Văn An");
            world.give(an, world.stockedLot("A2"), TODAY.minusDays(3));
            Answer issued = client.call("GET", "/api/v1/persons/" + an + "/certificates", ADMIN, null);
            String uvci = issued.json().path("certificateId").asText();
            String body = "{\"certificate\": " + quote(uvci) + ", \"reason\": \"issued to the wrong person\"}";
            assertThat(client.call("POST", "/api/v1/certificates/revocations", AUDITOR, body).status()).isEqualTo(403);
            assertThat(client.call("POST", "/api/v1/certificates/revocations", ADMIN,
                    "{\"certificate\": " + quote(uvci) + ", \"reason\": \"\"}").json().path("code").asText())
                    .isEqualTo("CERTIFICATE_REVOCATION_NEEDS_REASON");
            Answer revoked = client.call("POST", "/api/v1/certificates/revocations", ADMIN, body);
            assertThat(revoked.status()).as(revoked.body()).isEqualTo(201);
            assertThat(revoked.json().path("cause").asText()).isEqualTo("REQUEST");
            Answer again = client.call("POST", "/api/v1/certificates/revocations", ADMIN, body);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().path("id").asText()).isEqualTo(revoked.json().path("id").asText());
            assertThat(client.call("POST", "/api/v1/certificates/revocations", ADMIN,
                    "{\"certificate\": \"" + UUID.randomUUID() + "\", \"reason\": \"x\"}").status()).isEqualTo(404);

            Answer lists = client.call("GET", "/api/v1/certificates/revocations", AUDITOR, null);
            assertThat(lists.status()).isEqualTo(200);
            assertThat(lists.json().path("revoked").asInt()).isEqualTo(1);
            assertThat(lists.json().path("hc1").path("uci")).hasSize(1);
            Answer verified = client.call("POST", "/api/v1/certificates/verify", AUDITOR,
                    "{\"text\": " + quote(issued.json().path("text").asText()) + "}");
            assertThat(verified.json().path("valid").asBoolean()).isFalse();
            assertThat(verified.json().path("stages").get(10).path("verdict").asText()).isEqualTo("FAIL");
        }
    }

    @Test
    void issuesASmartHealthCardAndServesTheIssuerKeysOpenly() throws Exception {
        try (CertificateWorld world = new CertificateWorld(Dialect.SQLITE, temp);
             ModuleServer server = ModuleServer.start(TOKENS, world.certificates.routes())) {
            ContractClient client = server.client();
            world.certificates.keys().init(CertificateWorld.ADMIN);
            UUID an = world.person("Nguyễn Văn An");
            world.give(an, world.stockedLot("A3"), TODAY.minusDays(3));
            Answer card = client.call("GET", "/api/v1/persons/" + an + "/certificates?format=shc", ADMIN, null);
            assertThat(card.status()).as(card.body()).isEqualTo(200);
            assertThat(card.json().path("format").asText()).isEqualTo("shc");
            assertThat(card.json().path("text").asText()).startsWith("shc:/");
            assertThat(card.json().path("payload").path("vc").path("credentialSubject").path("fhirBundle").path("entry")).hasSize(2);
            Answer verified = client.call("POST", "/api/v1/certificates/verify", AUDITOR,
                    "{\"text\": " + quote(card.json().path("text").asText()) + "}");
            assertThat(verified.json().path("valid").asBoolean()).as(verified.body()).isTrue();
            assertThat(verified.json().path("format").asText()).isEqualTo("shc");

            Answer ddcc = client.call("GET", "/api/v1/persons/" + an + "/certificates?format=ddcc", ADMIN, null);
            assertThat(ddcc.status()).as(ddcc.body()).isEqualTo(200);
            assertThat(ddcc.json().path("payload").path("type").asText()).isEqualTo("document");
            assertThat(ddcc.json().path("text").asText()).startsWith("HC1:");

            Answer jwks = client.send("GET", "/.well-known/jwks.json", null, null);
            assertThat(jwks.status()).isEqualTo(200);
            assertThat(jwks.json().path("keys").get(0).path("kid").asText()).isEqualTo(card.json().path("kid").asText());
            assertThat(jwks.json().path("keys").get(0).has("d")).as("no private part").isFalse();
            String kid = card.json().path("kid").asText();
            Answer crl = client.send("GET", "/.well-known/crl/" + kid + ".json", null, null);
            assertThat(crl.status()).isEqualTo(200);
            assertThat(crl.json().path("ctr").asInt()).isZero();
            assertThat(client.send("GET", "/.well-known/crl/unknown.json", null, null).status()).isEqualTo(404);
            client.call("POST", "/api/v1/certificates/revocations", ADMIN, "{\"certificate\": "
                    + quote(card.json().path("certificateId").asText()) + ", \"reason\": \"lost\"}");
            assertThat(client.send("GET", "/.well-known/crl/" + kid + ".json", null, null).json().path("rids")).hasSize(1);
            assertThat(client.send("GET", "/.well-known/jwks.json", null, null).json().path("keys").get(0).path("crlVersion").asInt())
                    .isEqualTo(1);
        }
    }

    private static String baseUrl(ModuleServer server) throws IOException {
        try {
            var field = ContractClient.class.getDeclaredField("baseUrl");
            field.setAccessible(true);
            return (String) field.get(server.client());
        } catch (ReflectiveOperationException e) {
            throw new IOException(e);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
