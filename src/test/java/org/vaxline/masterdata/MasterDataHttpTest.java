package org.vaxline.masterdata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.masterdata.application.MasterDocumentJson;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The read endpoints and the import endpoint, in-process on a random port. */
class MasterDataHttpTest {
    @TempDir
    static Path tempDir;
    private static Store store;
    private static HttpServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TestStores.open(Dialect.SQLITE, tempDir);
        var m = new MasterDataImportTest.Modules(store);
        m.master.masterData().importDocument(MasterDataImportTest.ADMIN, DemoMasterData.document());
        Actor admin = MasterDataImportTest.ADMIN;
        Actor auditor = new Actor("auditor", Role.AUDITOR, null, null);
        server = HttpServer.create(token -> Optional.of(token.equals("admin") ? admin : auditor), Set.of(),
                List.of(m.catalog.routes(), m.partner.routes(), m.facility.routes(), m.master.routes()), cfg -> {
                }).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void facilitiesPageThroughEveryMatchWithACursor() throws Exception {
        List<String> codes = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("/facilities?province=01&limit=2" + (cursor == null ? "" : "&cursor=" + cursor), "auditor", 200);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            page.get("items").forEach(f -> codes.add(f.get("code").asText()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        long expected = DemoMasterData.document().facilities().stream().filter(f -> "01".equals(f.provinceCode())).count();
        assertThat(codes).hasSize((int) expected).isSorted().doesNotHaveDuplicates().contains("CDC-01");
    }

    @Test
    void listsAnswerItemsAndNext() throws Exception {
        assertThat(get("/provinces?limit=100", "auditor", 200).get("items")).hasSize(34);
        JsonNode products = get("/products", "auditor", 200);
        assertThat(products.get("next").isNull()).isTrue();
        assertThat(products.get("items").get(0).get("code").asText()).isEqualTo("ABDALA");
        assertThat(get("/commodities", "auditor", 200).get("items").get(0).get("unit").asText()).isEqualTo("t");
        assertThat(get("/partners?limit=3", "auditor", 200).get("next").asText()).isNotBlank();
        assertThat(get("/facilities?type=REGIONAL_INSTITUTE", "auditor", 200).get("items")).hasSize(4);
        UUID abdala = DemoMasterData.document().products().get(0).id();
        assertThat(get("/products/" + abdala, "auditor", 200).get("regimen")).hasSize(3);
    }

    @Test
    void anUnknownIdIsA404Problem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/facilities/" + UUID.randomUUID())), "auditor");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(Json.mapper().readTree(response.body()).get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(get("/facilities?type=CASTLE", "auditor", 400).get("errors").has("type")).isTrue();
    }

    @Test
    void onlyANationalAdminMayImport() throws Exception {
        String document = MasterDocumentJson.write(DemoMasterData.document());
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/master"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(document)), "auditor");
        assertThat(refused.statusCode()).isEqualTo(403);

        HttpResponse<String> accepted = send(HttpRequest.newBuilder(uri("/master"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(document)), "admin");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(accepted.body()).at("/facilities/unchanged").asInt()).isPositive();
    }

    @Test
    void anUnreadableImportNamesThePath() throws Exception {
        String bad = """
                {"products":[{"regimen":[{"number":1,"minIntervalDays":0,"recommendedIntervalDays":0},
                  {"number":2,"minIntervalDays":"two weeks","recommendedIntervalDays":14}]}]}""";
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/master"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bad)), "admin");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(response.body()).get("errors").has("products[0].regimen[1].minIntervalDays")).isTrue();
    }

    @Test
    void theExportIsTheWholeDocument() throws Exception {
        JsonNode export = get("/master", "auditor", 200);
        assertThat(export.get("provinces")).hasSize(34);
        assertThat(export.get("facilities").get(0).get("code").asText()).isEqualTo(DemoMasterData.NATIONAL_STORE);
    }

    private static JsonNode get(String path, String token, int status) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.mapper().readTree(response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        return CLIENT.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + HttpServer.API + path);
    }
}
