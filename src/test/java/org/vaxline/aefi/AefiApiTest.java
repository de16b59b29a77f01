package org.vaxline.aefi;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.aefi.application.AdministeredDoses.DoseRef;
import org.vaxline.aefi.application.RecallLot;

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
import static org.vaxline.aefi.AefiWorld.HANOI_CDC;
import static org.vaxline.aefi.AefiWorld.NATIONAL_STORE;

/** The AEFI and recall API over real HTTP, in process, on SQLite; every answer is checked against the composed OpenAPI document. */
class AefiApiTest {
    private static final String ADMIN = "admin-token";
    private static final String HANOI = "hanoi-token";
    private static final String HUE = "hue-token";
    private static final String VACCINATOR = "vacc-token";
    private static final Map<String, Actor> TOKENS = Map.of(ADMIN, AefiWorld.ADMIN, HANOI, AefiWorld.HANOI_MANAGER,
            HUE, AefiWorld.HUE_MANAGER, VACCINATOR, AefiWorld.HANOI_VACCINATOR);
    private static final String AEFI = "/api/v1/aefi";

    @TempDir
    Path tempDir;
    private AefiWorld world;
    private ModuleServer server;
    private ContractClient client;

    @BeforeEach
    void start() {
        world = new AefiWorld(Dialect.SQLITE, tempDir);
        server = ModuleServer.start(TOKENS, world.aefi.routes());
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

    private static String serious(UUID id, UUID dose) {
        return """
                {"id": "%s", "doseId": "%s", "onsetAt": "2021-09-25T17:00:00+07:00", "seriousness": "SERIOUS",
                 "seriousCriteria": ["HOSPITALIZATION", "LIFE_THREATENING"], "outcome": "RECOVERING",
                 "description": "anaphylaxis 20 minutes after the dose"}
                """.formatted(id, dose);
    }

    @Test
    void reportsFollowsUpListsRatesAndFlags() {
        UUID lot = world.releasedLot("A2201");
        world.doses(lot, 9_999);
        DoseRef dose = world.dose(lot);
        UUID id = Ids.newId();

        Answer created = client.call("POST", AEFI, VACCINATOR, serious(id, dose.doseId()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).contains(AEFI + "/" + id);
        assertThat(created.json().path("personId").asText()).isEqualTo(dose.personId().toString());
        assertThat(created.json().path("classification").asText()).isEqualTo("PENDING");
        assertThat(created.json().path("onsetAt").asText()).isEqualTo("2021-09-25T10:00:00Z");
        assertThat(client.call("POST", AEFI, VACCINATOR, serious(id, dose.doseId())).status()).isEqualTo(200);

        Answer followed = client.call("POST", AEFI + "/" + id + "/followups", HANOI,
                "{\"outcome\": \"RECOVERED\", \"classification\": \"VACCINE_PRODUCT_RELATED\", \"note\": \"discharged\"}");
        assertThat(followed.status()).isEqualTo(201);
        assertThat(followed.json().path("outcome").asText()).isEqualTo("RECOVERED");
        assertThat(followed.json().path("followups")).hasSize(1);
        assertThat(client.call("GET", AEFI + "/" + id, HUE, null).json().path("classification").asText())
                .isEqualTo("VACCINE_PRODUCT_RELATED");
        assertThat(client.call("GET", AEFI + "?lot=" + lot + "&province=01&serious=true&limit=5", HANOI, null).json().path("items"))
                .hasSize(1);
        assertThat(client.call("GET", AEFI + "?serious=false", HANOI, null).json().path("items")).isEmpty();

        JsonNode rate = client.call("GET", "/api/v1/lots/" + lot + "/aefi", HANOI, null).json();
        assertThat(rate.path("dosesGiven").asLong()).isEqualTo(10_000);
        assertThat(rate.path("serious").asLong()).isEqualTo(1);
        assertThat(rate.path("seriousPer100k").decimalValue()).isEqualByComparingTo("10");
        assertThat(rate.path("flagged").asBoolean()).isFalse();
        assertThat(client.call("GET", AEFI + "/lots?flagged=true", HANOI, null).json().path("items")).isEmpty();

        assertThat(client.call("PUT", AEFI + "/settings", HANOI, "{\"seriousPer100kThreshold\": 5}").status()).isEqualTo(403);
        Answer settings = client.call("PUT", AEFI + "/settings", ADMIN, "{\"seriousPer100kThreshold\": 5}");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.json().path("updatedBy").asText()).isEqualTo("nat.admin");
        assertThat(client.call("GET", AEFI + "/settings", HANOI, null).json().path("seriousPer100kThreshold").asInt()).isEqualTo(5);
        JsonNode flagged = client.call("GET", AEFI + "/lots?flagged=true&limit=1", HANOI, null).json();
        assertThat(flagged.path("items").get(0).path("lotNumber").asText()).isEqualTo("A2201");
        assertThat(flagged.path("items").get(0).path("flagged").asBoolean()).isTrue();
    }

    @Test
    void recallsALotOnceAndAnswersTheSameToARetry() {
        UUID lot = world.releasedLot("A2202");
        world.receive(NATIONAL_STORE, lot, 800);
        world.receive(HANOI_CDC, lot, 200);
        DoseRef dose = world.dose(lot);
        String path = "/api/v1/lots/" + lot + "/recall";

        assertThat(client.call("POST", path, HANOI, "{\"reason\": \"signal\"}").status()).isEqualTo(403);
        Answer recalled = client.call("POST", path, ADMIN, "{\"reason\": \"serious events above threshold\"}");
        assertThat(recalled.status()).isEqualTo(201);
        UUID recallId = RecallLot.defaultId(lot);
        assertThat(recalled.json().path("id").asText()).isEqualTo(recallId.toString());
        assertThat(recalled.json().path("holdId").asText()).isEqualTo(RecallLot.holdId(recallId).toString());
        assertThat(recalled.json().path("recipients").get(0).path("personId").asText()).isEqualTo(dose.personId().toString());
        assertThat(recalled.json().path("facilitiesHolding")).hasSize(2);
        assertThat(recalled.json().path("facilitiesHolding").get(1).path("facilityCode").asText()).isEqualTo("CDC-01");

        Answer retry = client.call("POST", path, ADMIN, "{\"reason\": \"serious events above threshold\"}");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(recalled.json());
        assertThat(client.call("GET", path, HANOI, null).json()).isEqualTo(recalled.json());
        Answer another = client.call("POST", path, ADMIN, "{\"id\": \"%s\", \"reason\": \"again\"}".formatted(Ids.newId()));
        assertThat(another.status()).isEqualTo(409);
        assertThat(another.json().path("code").asText()).isEqualTo("LOT_ALREADY_RECALLED");
        assertThat(client.call("POST", "/api/v1/lots/" + Ids.newId() + "/recall", ADMIN, "{\"reason\": \"x\"}").status()).isEqualTo(404);
        assertThat(client.call("GET", "/api/v1/lots/" + world.releasedLot("NONE") + "/recall", ADMIN, null).status()).isEqualTo(404);
    }

    @Test
    void refusesBadInputWithTheFieldsNamed() {
        DoseRef dose = world.dose(world.releasedLot("A2203"));
        Answer invalid = client.callMalformed("POST", AEFI, ADMIN, """
                {"doseId": "%s", "onsetAt": "2030-01-01T00:00:00Z", "seriousness": "SERIOUS", "outcome": "RECOVERED",
                 "description": "x"}""".formatted(dose.doseId()));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("code").asText()).isEqualTo("AEFI_INVALID");
        assertThat(invalid.json().path("errors").has("onsetAt")).isTrue();
        assertThat(invalid.json().path("errors").has("seriousCriteria")).isTrue();

        Answer badEnum = client.callMalformed("POST", AEFI, ADMIN, serious(Ids.newId(), dose.doseId()).replace("RECOVERING", "FINE"));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().path("errors").has("outcome")).isTrue();
        assertThat(client.callMalformed("POST", AEFI, ADMIN, "{\"doseId\": \"%s\", \"severity\": 3}".formatted(dose.doseId()))
                .json().path("errors").has("severity")).isTrue();
        assertThat(client.call("POST", AEFI, ADMIN, serious(Ids.newId(), Ids.newId())).status()).isEqualTo(404);
        assertThat(client.call("POST", AEFI, HUE, serious(Ids.newId(), dose.doseId())).status()).isEqualTo(403);
        assertThat(client.call("GET", AEFI + "/" + Ids.newId(), HANOI, null).status()).isEqualTo(404);
        assertThat(client.call("GET", "/api/v1/lots/" + Ids.newId() + "/aefi", HANOI, null).status()).isEqualTo(404);
        assertThat(client.callMalformed("GET", AEFI + "?serious=maybe", HANOI, null).status()).isEqualTo(400);
        assertThat(client.call("GET", AEFI + "?province=99", HANOI, null).status()).isEqualTo(404);
        Answer empty = client.callMalformed("POST", AEFI + "/" + Ids.newId() + "/followups", ADMIN, "{\"note\": \"nothing new\"}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().path("code").asText()).isEqualTo("AEFI_FOLLOWUP_INVALID");
        Answer negative = client.callMalformed("PUT", AEFI + "/settings", ADMIN, "{\"seriousPer100kThreshold\": -1}");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().path("errors").has("seriousPer100kThreshold")).isTrue();
        assertThat(world.count("aefi_reports")).isZero();
    }
}
