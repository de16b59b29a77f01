package org.vaxline.coldchain;

import com.fasterxml.jackson.databind.JsonNode;
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

import java.util.Map;


import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.coldchain.ColdChainWorld.HANOI_CDC;

/** The excursion API over real HTTP, in process, on SQLite; every answer is checked against the composed OpenAPI document. */
class ExcursionApiTest {
    private static final String ADMIN = "admin-token";
    private static final String HANOI = "hanoi-token";
    private static final String VACCINATOR = "vacc-token";
    private static final Map<String, Actor> TOKENS = Map.of(ADMIN, ColdChainWorld.ADMIN, HANOI, ColdChainWorld.HANOI_MANAGER,
            VACCINATOR, ColdChainWorld.HANOI_VACCINATOR);
    private static final String EXCURSIONS = "/api/v1/excursions";

    @TempDir
    Path tempDir;
    private ColdChainWorld world;
    private ModuleServer server;
    private ContractClient client;

    @BeforeEach
    void start() {
        world = new ColdChainWorld(Dialect.SQLITE, tempDir);
        server = ModuleServer.start(TOKENS, world.coldChain.routes());
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

    private static String excursion(UUID id, UUID facility, int minutes, double lowest, double highest) {
        return """
                {"id": "%s", "facilityId": "%s", "startedAt": "2021-10-01T12:00:00+07:00", "durationMinutes": %d,
                 "lowestC": %s, "highestC": %s, "note": "power cut"}
                """.formatted(id, facility, minutes, lowest, highest);
    }

    @Test
    void recordsAnExcursionReadsItAndAssessesItsLots() {
        UUID lot = world.releasedLot("A2108", "2022-02-01");
        world.receive(HANOI_CDC, lot, 500);
        UUID id = Ids.newId();

        Answer created = client.call("POST", EXCURSIONS, HANOI, excursion(id, HANOI_CDC, 180, -2, 12));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).contains(EXCURSIONS + "/" + id);
        JsonNode affected = created.json().path("affected").get(0);
        assertThat(affected.path("lotNumber").asText()).isEqualTo("A2108");
        assertThat(affected.path("dosesOnHand").asLong()).isEqualTo(500);
        assertThat(affected.path("holdId").asText()).isEqualTo(Ids.fromName("excursion:" + id + ":lot:" + lot).toString());
        assertThat(created.json().path("startedAt").asText()).isEqualTo("2021-10-01T05:00:00Z");
        assertThat(client.call("POST", EXCURSIONS, HANOI, excursion(id, HANOI_CDC, 180, -2, 12)).status()).isEqualTo(200);
        Answer conflict = client.call("POST", EXCURSIONS, HANOI, excursion(id, HANOI_CDC, 181, -2, 12));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().path("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");

        assertThat(client.call("GET", EXCURSIONS + "?open=true&facility=" + HANOI_CDC, HANOI, null).json().path("items")).hasSize(1);
        assertThat(client.call("GET", EXCURSIONS + "/" + id, HANOI, null).json().path("open").asBoolean()).isTrue();

        String assessment = "{\"lotId\": \"%s\", \"outcome\": \"DISCARDED\", \"note\": \"manufacturer: not stable below 0 °C\"}".formatted(lot);
        assertThat(client.call("POST", EXCURSIONS + "/" + id + "/assessments", VACCINATOR, assessment).status()).isEqualTo(403);
        Answer assessed = client.call("POST", EXCURSIONS + "/" + id + "/assessments", HANOI, assessment);
        assertThat(assessed.status()).isEqualTo(201);
        assertThat(assessed.json().path("open").asBoolean()).isFalse();
        assertThat(assessed.json().path("affected").get(0).path("assessment").path("dosesDiscarded").asLong()).isEqualTo(500);
        assertThat(client.call("POST", EXCURSIONS + "/" + id + "/assessments", HANOI, assessment).status()).isEqualTo(200);
        Answer again = client.call("POST", EXCURSIONS + "/" + id + "/assessments", HANOI,
                "{\"lotId\": \"%s\", \"outcome\": \"RELEASED\", \"note\": \"second thoughts\"}".formatted(lot));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("EXCURSION_LOT_ALREADY_ASSESSED");
        assertThat(world.onHand(HANOI_CDC, lot)).isZero();
        assertThat(client.call("GET", EXCURSIONS + "?open=false&limit=1", ADMIN, null).json().path("items")).hasSize(1);
    }

    @Test
    void refusesBadInputWithTheFieldsNamed() {
        Answer invalid = client.callMalformed("POST", EXCURSIONS, HANOI, excursion(Ids.newId(), HANOI_CDC, 0, 12, -2));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("code").asText()).isEqualTo("EXCURSION_INVALID");
        assertThat(invalid.json().path("errors").has("durationMinutes")).isTrue();
        assertThat(invalid.json().path("errors").has("lowestC")).isTrue();

        Answer unknownField = client.callMalformed("POST", EXCURSIONS, HANOI, "{\"facilityId\": \"%s\", \"peakC\": 12}".formatted(HANOI_CDC));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("errors").has("peakC")).isTrue();
        assertThat(client.call("POST", EXCURSIONS, HANOI, excursion(Ids.newId(), Ids.newId(), 30, -2, 12)).status()).isEqualTo(404);
        assertThat(client.call("POST", EXCURSIONS, HANOI, excursion(Ids.newId(), ColdChainWorld.HUE_CDC, 30, -2, 12)).status()).isEqualTo(403);
        assertThat(client.call("GET", EXCURSIONS + "/" + Ids.newId(), HANOI, null).status()).isEqualTo(404);
        assertThat(client.callMalformed("GET", EXCURSIONS + "?open=maybe", HANOI, null).status()).isEqualTo(400);
        assertThat(client.call("GET", EXCURSIONS + "?facility=" + Ids.newId(), HANOI, null).status()).isEqualTo(404);

        UUID spared = world.releasedLot("OK", "2022-02-01");
        world.receive(HANOI_CDC, spared, 10);
        UUID id = Ids.newId();
        Answer within = client.call("POST", EXCURSIONS, VACCINATOR, excursion(id, ColdChainWorld.HANOI_SITE, 30, 3, 7));
        assertThat(within.status()).isEqualTo(201);
        assertThat(within.json().path("affected")).isEmpty();
        Answer notHeld = client.call("POST", EXCURSIONS + "/" + id + "/assessments", HANOI,
                "{\"lotId\": \"%s\", \"outcome\": \"RELEASED\", \"note\": \"fine\"}".formatted(spared));
        assertThat(notHeld.status()).isEqualTo(422);
        assertThat(notHeld.json().path("code").asText()).isEqualTo("EXCURSION_LOT_NOT_HELD");
        assertThat(world.count("excursions")).isEqualTo(1);
    }
}
