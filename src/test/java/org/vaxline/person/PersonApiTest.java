package org.vaxline.person;

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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import java.util.Map;


import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The person API over real HTTP, in process, with the demo master data; every answer is checked against the document. */
class PersonApiTest {
    private static final String ADMIN = "admin-token";
    private static final String HANOI = "hanoi-token";
    private static final String AUDITOR = "auditor-token";
    private static final Map<String, Actor> TOKENS = Map.of(ADMIN, PersonWorld.ADMIN, HANOI, PersonWorld.HANOI_MANAGER,
            AUDITOR, PersonWorld.AUDITOR);
    private static final String PERSONS = "/api/v1/persons";

    @TempDir
    Path tempDir;
    private PersonWorld world;
    private ModuleServer server;
    private ContractClient client;

    @BeforeEach
    void start() {
        world = new PersonWorld(Dialect.SQLITE, tempDir);
        server = ModuleServer.start(TOKENS, world.persons.routes());
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

    private static String person(UUID id, String number, String phone, boolean notDuplicate) {
        return """
                {"id": "%s", "identityType": "CCCD", "identityNumber": "%s", "fullName": "Nguyễn Văn An",
                 "dateOfBirth": "1990-05-01", "sex": "MALE", "phone": "%s", "provinceCode": "01",
                 "communeId": "%s", "priorityGroup": "HEALTH_WORKER", "confirmNotDuplicate": %s}
                """.formatted(id, number, phone, PersonWorld.HANOI_COMMUNE, notDuplicate);
    }

    private static String q(String text) {
        return PERSONS + "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void registersFindsReadsLogsAndMerges() {
        UUID an = Ids.newId();
        Answer created = client.call("POST", PERSONS, HANOI, person(an, "001090000123", "0912 345 678", false));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("phone").asText()).isEqualTo("+84912345678");
        assertThat(client.call("POST", PERSONS, HANOI, person(an, "001090000123", "0912 345 678", false)).status()).isEqualTo(200);

        Answer taken = client.call("POST", PERSONS, ADMIN, person(Ids.newId(), "001090000123", "0912 345 678", false));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("code").asText()).isEqualTo("PERSON_IDENTITY_TAKEN");
        assertThat(taken.json().path("existingPersonId").asText()).isEqualTo(an.toString());
        Answer likely = client.call("POST", PERSONS, ADMIN, person(Ids.newId(), "001090000999", "+84912345678", false));
        assertThat(likely.status()).isEqualTo(409);
        assertThat(likely.json().path("code").asText()).isEqualTo("PERSON_LIKELY_DUPLICATE");
        assertThat(likely.json().path("candidateIds").get(0).asText()).isEqualTo(an.toString());
        UUID twin = Ids.newId();
        assertThat(client.call("POST", PERSONS, ADMIN, person(twin, "001090000999", "+84912345678", true)).status()).isEqualTo(201);

        Answer bad = client.call("POST", PERSONS, ADMIN, person(Ids.newId(), "001089000123", "12", false));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("code").asText()).isEqualTo("PERSON_INVALID");
        assertThat(bad.json().path("errors").path("identityNumber").asText()).isEqualTo("digits 5-6 (89) do not match the birth year 1990");
        assertThat(bad.json().path("errors").has("phone")).isTrue();

        assertThat(client.call("GET", q("van an"), HANOI, null).json().path("items")).hasSize(2);
        assertThat(client.call("GET", q("0912 345 678"), HANOI, null).json().path("items")).hasSize(2);
        JsonNode byId = client.call("GET", q("001090000123"), HANOI, null).json();
        assertThat(byId.path("items")).hasSize(1);
        assertThat(byId.path("next").isNull()).isTrue();
        assertThat(client.call("GET", PERSONS + "?limit=1&" + q("nguyen van an").substring(PERSONS.length() + 1), HANOI, null)
                .json().path("next").isNull()).isFalse();
        assertThat(client.callMalformed("GET", PERSONS, HANOI, null).status()).isEqualTo(400);
        assertThat(client.call("GET", q("an"), null, null).status()).isEqualTo(401);

        Answer merged = client.call("POST", PERSONS + "/" + an + "/merge", ADMIN,
                "{\"duplicateId\": \"%s\", \"reason\": \"same person\"}".formatted(twin));
        assertThat(merged.status()).isEqualTo(201);
        Answer again = client.call("POST", PERSONS + "/" + an + "/merge", ADMIN,
                "{\"duplicateId\": \"%s\", \"reason\": \"same person\"}".formatted(twin));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("PERSON_ALREADY_MERGED");
        JsonNode read = client.call("GET", PERSONS + "/" + twin, HANOI, null).json();
        assertThat(read.path("id").asText()).isEqualTo(an.toString());
        assertThat(read.path("mergedFrom").get(0).asText()).isEqualTo(twin.toString());
        assertThat(client.call("GET", PERSONS + "/" + Ids.newId(), HANOI, null).status()).isEqualTo(404);

        assertThat(client.call("GET", PERSONS + "/" + an + "/reads", HANOI, null).status()).isEqualTo(403);
        JsonNode reads = client.call("GET", PERSONS + "/" + an + "/reads", AUDITOR, null).json();
        assertThat(reads.path("items").size()).isGreaterThanOrEqualTo(5);
        assertThat(reads.path("items").get(0).path("readBy").asText()).isEqualTo("hanoi.cdc");

        JsonNode groups = client.call("GET", "/api/v1/priority-groups", HANOI, null).json();
        assertThat(groups.path("items").get(0).path("code").asText()).isEqualTo("HEALTH_WORKER");
        assertThat(groups.path("items").findValuesAsText("code")).contains("OVER_65", "CHRONIC_DISEASE", "PREGNANT", "GENERAL");
    }
}
