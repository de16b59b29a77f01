package org.vaxline.registry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.ModuleServer;
import org.vaxline.testing.ContractClient.Answer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;


import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.registry.RegistryWorld.OTHER_SITE;
import static org.vaxline.registry.RegistryWorld.SITE;
import static org.vaxline.registry.RegistryWorld.TODAY;

/** The registry API over real HTTP, in process, on SQLite; every answer is checked against the composed OpenAPI document. */
class RegistryApiTest {
    private static final String ADMIN = "admin-token";
    private static final String VACCINATOR = "vacc-token";
    private static final Map<String, Actor> TOKENS = Map.of(ADMIN, RegistryWorld.ADMIN, VACCINATOR, RegistryWorld.VACCINATOR);

    @TempDir
    Path tempDir;
    private RegistryWorld world;
    private ModuleServer server;
    private ContractClient client;

    @BeforeEach
    void start() {
        world = new RegistryWorld(Dialect.SQLITE, tempDir);
        server = ModuleServer.start(TOKENS, world.registry.routes());
        client = server.client();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (world != null) {
            world.close();
        }
    }

    private String dose(UUID id, UUID person, UUID lot, UUID site, String on, String extra) {
        return """
                {"id": "%s", "personId": "%s", "productId": "%s", "lotId": "%s", "siteId": "%s", "givenOn": "%s"%s}
                """.formatted(id, person, world.abdala, lot, site, on, extra);
    }

    @Test
    void recordsDosesReadsThemAndListsWhoIsDue() {
        UUID lot = world.stockedLot("A1", 100);
        UUID an = world.person("Nguyễn Văn An");
        UUID id = Ids.newId();
        String body = dose(id, an, lot, SITE, TODAY.minusDays(20).toString(), "");

        Answer created = client.call("POST", "/api/v1/doses", VACCINATOR, body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("doseNumber").asInt()).isEqualTo(1);
        assertThat(created.raw().headers().firstValue("Location")).contains("/api/v1/doses/" + id);
        assertThat(client.call("POST", "/api/v1/doses", VACCINATOR, body).status()).isEqualTo(200);
        assertThat(client.call("POST", "/api/v1/doses", VACCINATOR, dose(id, an, lot, SITE, TODAY.minusDays(19).toString(), ""))
                .json().path("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(client.call("GET", "/api/v1/doses/" + id, VACCINATOR, null).status()).isEqualTo(200);

        Answer tooSoon = client.call("POST", "/api/v1/doses", VACCINATOR, dose(Ids.newId(), an, lot, SITE, TODAY.minusDays(10).toString(), ""));
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.json().path("code").asText()).isEqualTo("DOSE_INTERVAL_TOO_SHORT");
        assertThat(tooSoon.json().path("errors").path("givenOn").asText()).contains(TODAY.minusDays(6).toString());

        Answer noStock = client.call("POST", "/api/v1/doses", ADMIN, dose(Ids.newId(), world.person("Trần Thị Bình"), lot, OTHER_SITE,
                TODAY.toString(), ""));
        assertThat(noStock.status()).isEqualTo(409);
        assertThat(noStock.json().path("code").asText()).isEqualTo("STOCK_INSUFFICIENT");
        assertThat(client.call("POST", "/api/v1/doses", VACCINATOR, dose(Ids.newId(), an, lot, OTHER_SITE, TODAY.toString(), ""))
                .status()).isEqualTo(403);
        assertThat(client.callMalformed("POST", "/api/v1/doses", VACCINATOR, "{\"personId\": 12}").status()).isEqualTo(400);
        // The document says which members a dose needs, so this request is malformed on purpose; the server names them.
        Answer missing = client.callMalformed("POST", "/api/v1/doses", VACCINATOR, "{\"personId\": \"" + an + "\"}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("errors").has("lotId")).isTrue();

        Answer mine = client.call("GET", "/api/v1/persons/" + an + "/doses", VACCINATOR, null);
        assertThat(mine.json().path("doses")).hasSize(1);
        assertThat(mine.json().path("schedules").get(0).path("overdue").asBoolean()).isTrue();
        assertThat(client.call("GET", "/api/v1/persons/" + Ids.newId() + "/doses", VACCINATOR, null).status()).isEqualTo(404);

        Answer due = client.call("GET", "/api/v1/sites/" + SITE + "/due?date=" + TODAY, VACCINATOR, null);
        assertThat(due.json().path("items").get(0).path("personId").asText()).isEqualTo(an.toString());
        assertThat(due.json().path("items").get(0).path("doseNumber").asInt()).isEqualTo(2);
        assertThat(client.callMalformed("GET", "/api/v1/sites/" + SITE + "/due", VACCINATOR, null).status()).isEqualTo(400);

        Answer ofLot = client.call("GET", "/api/v1/lots/" + lot + "/doses", ADMIN, null);
        assertThat(ofLot.json().path("total").asLong()).isEqualTo(1);
        assertThat(ofLot.json().path("recipients").asLong()).isEqualTo(1);

        // the one dose given, on its day; none in another province; a period that ends before it starts is refused
        Answer perDay = client.call("GET", "/api/v1/doses-per-day", ADMIN, null);
        assertThat(perDay.json().path("days")).hasSize(1);
        assertThat(perDay.json().path("days").get(0).path("day").asText()).isEqualTo(TODAY.minusDays(20).toString());
        assertThat(perDay.json().path("days").get(0).path("doses").asLong()).isEqualTo(1);
        assertThat(client.call("GET", "/api/v1/doses-per-day?province=79", ADMIN, null).json().path("days")).isEmpty();
        assertThat(client.call("GET", "/api/v1/doses-per-day?province=01&from=" + TODAY.minusDays(20) + "&to=" + TODAY, ADMIN, null)
                .json().path("days")).hasSize(1);
        assertThat(client.call("GET", "/api/v1/doses-per-day?from=" + TODAY + "&to=" + TODAY.minusDays(1), ADMIN, null).status())
                .isEqualTo(422);
    }

    @Test
    void runsASessionAndKeepsTheSeriesRules() {
        UUID lot = world.stockedLot("A1", 100);
        UUID session = Ids.newId();
        String open = "{\"id\": \"%s\", \"siteId\": \"%s\", \"date\": \"%s\"}".formatted(session, SITE, TODAY);
        assertThat(client.call("POST", "/api/v1/sessions", VACCINATOR, open).status()).isEqualTo(201);
        assertThat(client.call("POST", "/api/v1/sessions", VACCINATOR, open).status()).isEqualTo(200);
        Answer vials = client.call("POST", "/api/v1/sessions/" + session + "/vials", VACCINATOR,
                "{\"lotId\": \"%s\", \"count\": 1}".formatted(lot));
        assertThat(vials.json().path("lots").get(0).path("dosesOpened").asInt()).isEqualTo(10);
        UUID an = world.person("Nguyễn Văn An");
        assertThat(client.call("POST", "/api/v1/doses", VACCINATOR, dose(Ids.newId(), an, lot, SITE, TODAY.toString(),
                ", \"sessionId\": \"" + session + "\"")).status()).isEqualTo(201);
        Answer closed = client.call("POST", "/api/v1/sessions/" + session + "/close", VACCINATOR, null);
        assertThat(closed.json().path("lots").get(0).path("wasted").asInt()).isEqualTo(9);
        assertThat(client.call("GET", "/api/v1/sessions/" + session, VACCINATOR, null).json().path("closed").asBoolean()).isTrue();
        assertThat(world.onHand(SITE, lot)).isEqualTo(90);

        assertThat(client.call("GET", "/api/v1/series-rules", VACCINATOR, null).json().path("items").get(0).path("seriesCode")
                .asText()).isEqualTo("COVID-19");
        String rule = "{\"productCode\": \"ABDALA\", \"seriesCode\": \"COVID-19\", \"boosterMinIntervalDays\": 120}";
        assertThat(client.call("PUT", "/api/v1/series-rules", VACCINATOR, rule).status()).isEqualTo(403);
        assertThat(client.call("PUT", "/api/v1/series-rules", ADMIN, rule).json().path("boosterMinIntervalDays").asInt()).isEqualTo(120);
        assertThat(client.call("PUT", "/api/v1/series-rules", ADMIN, "{\"productCode\": \"X\", \"seriesCode\": \"\"}").status())
                .isEqualTo(422);
    }
}
