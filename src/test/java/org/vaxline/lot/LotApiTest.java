package org.vaxline.lot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.ModuleServer;
import org.vaxline.testing.ContractClient.Answer;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Map;


import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The lot API over real HTTP, in process, on SQLite; every answer is checked against the OpenAPI document. */
class LotApiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String ADMIN = "admin-token";
    private static final String HANOI = "hanoi-token";
    private static final Map<String, Actor> TOKENS = Map.of(ADMIN, LotFixtures.ADMIN, HANOI, LotFixtures.HANOI);
    private static final String LOTS = "/api/v1/lots";

    @TempDir
    Path tempDir;
    private Store store;
    private ModuleServer server;
    private ContractClient client;

    @BeforeEach
    void start() {
        store = TestStores.open(Dialect.SQLITE, tempDir);
        LotModule module = new LotModule(store, CLOCK, new LotFixtures());
        server = ModuleServer.start(TOKENS, module.routes());
        client = server.client();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static String lots(UUID id, String number, String gtin, String expiry) {
        return """
                {"lots": [{"id": "%s", "productId": "%s", "lotNumber": "%s", "gtin": "%s",
                           "manufacturedOn": "2021-08-01", "labelledExpiry": "%s"}]}
                """.formatted(id, LotFixtures.ABDALA, number, gtin, expiry);
    }

    @Test
    void registersReleasesHoldsAndLiftsALot() {
        UUID id = Ids.newId();
        Answer created = client.call("POST", LOTS, ADMIN, lots(id, "A2101", LotFixtures.GTIN, "2022-02-01"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("lots").get(0).path("status").asText()).isEqualTo("QUARANTINED");
        assertThat(client.call("POST", LOTS, ADMIN, lots(id, "A2101", LotFixtures.GTIN, "2022-02-01")).status()).isEqualTo(200);
        assertThat(client.call("POST", LOTS, HANOI, lots(Ids.newId(), "A2102", LotFixtures.GTIN, "2022-02-01")).status()).isEqualTo(403);
        Answer taken = client.call("POST", LOTS, ADMIN, lots(Ids.newId(), "A2101", LotFixtures.GTIN, "2022-02-01"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("code").asText()).isEqualTo("LOT_NUMBER_TAKEN");
        Answer bad = client.call("POST", LOTS, ADMIN, lots(Ids.newId(), "A2103", LotFixtures.BAD_GTIN, "2021-07-01"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("errors").has("lots[0].gtin")).isTrue();
        assertThat(bad.json().path("errors").has("lots[0].labelledExpiry")).isTrue();

        String release = "{\"decision\": \"RELEASE\", \"certificateNumber\": \"NICVB-1\", \"decidedOn\": \"2021-09-20\"}";
        assertThat(client.call("POST", LOTS + "/" + id + "/release", ADMIN, release).status()).isEqualTo(201);
        assertThat(client.call("POST", LOTS + "/" + id + "/release", ADMIN, release).status()).isEqualTo(200);
        Answer reject = client.call("POST", LOTS + "/" + id + "/release", ADMIN,
                "{\"decision\": \"REJECT\", \"reason\": \"potency\", \"decidedOn\": \"2021-09-21\"}");
        assertThat(reject.status()).isEqualTo(409);
        assertThat(reject.json().path("code").asText()).isEqualTo("LOT_ALREADY_DECIDED");

        Answer hold = client.call("POST", LOTS + "/" + id + "/holds", HANOI, """
                {"facilityId": "%s", "reason": "fridge at 12 °C", "source": "EXCURSION", "sourceId": "%s"}
                """.formatted(LotFixtures.HANOI_SITE, Ids.newId()));
        assertThat(hold.status()).isEqualTo(201);
        String holdId = hold.json().path("id").asText();
        assertThat(client.call("GET", LOTS + "?status=RELEASED", HANOI, null).json().path("items").get(0)
                .path("heldAtFacilities").get(0).asText()).isEqualTo(LotFixtures.HANOI_SITE.toString());
        Answer lifted = client.call("POST", LOTS + "/" + id + "/holds/" + holdId + "/lift", HANOI,
                "{\"outcome\": \"RELEASED\", \"note\": \"stability data: still potent\"}");
        assertThat(lifted.status()).isEqualTo(201);
        assertThat(lifted.json().path("lift").path("outcome").asText()).isEqualTo("RELEASED");

        JsonNode detail = client.call("GET", LOTS + "/" + id, HANOI, null).json();
        assertThat(detail.path("decision").path("certificateNumber").asText()).isEqualTo("NICVB-1");
        assertThat(detail.path("holds")).hasSize(1);
        assertThat(detail.path("lot").path("heldAtFacilities")).isEmpty();
        assertThat(client.call("GET", LOTS + "/" + Ids.newId(), HANOI, null).status()).isEqualTo(404);
        assertThat(client.call("GET", LOTS + "?limit=1&status=QUARANTINED", HANOI, null).json().path("items")).isEmpty();
    }

    @Test
    void recordsAShelfLifeDecisionThatExtendsExistingLots() {
        UUID id = Ids.newId();
        client.call("POST", LOTS, ADMIN, lots(id, "A2101", LotFixtures.GTIN, "2022-02-01"));
        String decisions = "/api/v1/products/" + LotFixtures.ABDALA + "/shelf-life-decisions";
        String body = """
                {"months": 9, "decidedOn": "2022-02-23", "authority": "Drug Administration of Viet Nam", "reference": "DAV 2022-02-23"}
                """;
        assertThat(client.call("POST", decisions, HANOI, body).status()).isEqualTo(403);
        Answer recorded = client.call("POST", decisions, ADMIN, body);
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(client.call("GET", decisions, HANOI, null).json().path("items")).hasSize(1);
        assertThat(client.call("GET", LOTS + "/" + id, HANOI, null).json().path("lot").path("expiresOn").asText()).isEqualTo("2022-05-01");
        assertThat(client.call("GET", "/api/v1/products/" + Ids.newId() + "/shelf-life-decisions", HANOI, null).status()).isEqualTo(404);
    }
}
