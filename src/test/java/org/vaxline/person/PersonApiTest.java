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
    private static final String HANOI_SITE = "hanoi-site-token";
    private static final Map<String, Actor> TOKENS = Map.of(ADMIN, PersonWorld.ADMIN, HANOI, PersonWorld.HANOI_MANAGER,
            AUDITOR, PersonWorld.AUDITOR, HANOI_SITE, PersonWorld.HANOI_VACCINATOR);
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

    private static final String CUONG = """
            {"identityType": "CCCD", "identityNumber": "046095000111", "fullName": "Lê Văn Cường", "dateOfBirth": "1995-02-03",
             "sex": "MALE", "phone": "0905 111 222", "provinceCode": "46", "registeredAt": "%s"}""";

    @Test
    void correctsARecordAndReadsFollowTheReadersProvince() {
        UUID an = Ids.newId();
        assertThat(client.call("POST", PERSONS, ADMIN, person(an, "001090000123", "0912 345 678", false)).status()).isEqualTo(201);
        String corrections = PERSONS + "/" + an + "/corrections";
        UUID fix = Ids.newId();
        String born = """
                {"id": "%s", "dateOfBirth": "1990-05-14", "reason": "birth date typed as 1990-05-01"}""".formatted(fix);
        Answer corrected = client.call("POST", corrections, HANOI, born);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.json().path("dateOfBirth").asText()).isEqualTo("1990-05-14");
        assertThat(corrected.json().path("corrections").asInt()).isEqualTo(1);
        assertThat(corrected.json().path("correctedBy").asText()).isEqualTo("hanoi.cdc");
        assertThat(client.call("POST", corrections, HANOI, born).status()).as("a retry").isEqualTo(200);
        Answer conflict = client.call("POST", corrections, HANOI, born.replace("05-14", "05-15"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().path("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");

        Answer nothing = client.call("POST", corrections, HANOI, "{\"reason\": \"typo\"}");
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.json().path("code").asText()).isEqualTo("PERSON_CORRECTION_INVALID");
        assertThat(nothing.json().path("errors").has("fields")).isTrue();
        Answer over65 = client.call("POST", corrections, HANOI, "{\"priorityGroup\": \"OVER_65\", \"reason\": \"typo\"}");
        assertThat(over65.status()).isEqualTo(422);
        assertThat(over65.json().path("errors").path("priorityGroup").asText()).startsWith("OVER_65 is for ages 65 and over");
        assertThat(client.callMalformed("POST", corrections, HANOI, "{\"nickname\": \"An\", \"reason\": \"typo\"}").status())
                .isEqualTo(400);

        JsonNode history = client.call("GET", corrections, HANOI, null).json();
        assertThat(history.path("items")).hasSize(1);
        JsonNode change = history.path("items").get(0).path("changes").get(0);
        assertThat(change.path("field").asText()).isEqualTo("dateOfBirth");
        assertThat(change.path("before").asText()).isEqualTo("1990-05-01");
        assertThat(change.path("after").asText()).isEqualTo("1990-05-14");
        assertThat(history.path("items").get(0).path("reason").asText()).isEqualTo("birth date typed as 1990-05-01");
        assertThat(client.call("GET", PERSONS + "/" + an, HANOI, null).json().path("corrections").asInt()).isEqualTo(1);

        // Huế's person: a Hà Nội manager naming its own site cannot register them (issue 7), nor correct them.
        Answer hole = client.call("POST", PERSONS, HANOI, CUONG.formatted(PersonWorld.HANOI_SITE));
        assertThat(hole.status()).isEqualTo(403);
        assertThat(hole.json().path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(hole.json().path("detail").asText()).contains("a province manager writes only people of its own province (01)");
        Answer registered = client.call("POST", PERSONS, ADMIN, CUONG.formatted(PersonWorld.HUE_SITE));
        String cuong = registered.json().path("id").asText();
        assertThat(client.call("POST", PERSONS + "/" + cuong + "/corrections", HANOI,
                "{\"phone\": \"0905 111 333\", \"reason\": \"typo\"}").status()).isEqualTo(403);

        assertThat(client.call("GET", q("cuong"), HANOI_SITE, null).json().path("items")).isEmpty();
        assertThat(client.call("GET", q("cuong") + "&province=46", HANOI_SITE, null).status()).isEqualTo(403);
        JsonNode traveller = client.call("GET", PERSONS + "?identityType=CCCD&identityNumber=046095000111", HANOI_SITE, null).json();
        assertThat(traveller.path("items").get(0).path("id").asText()).isEqualTo(cuong);
        assertThat(client.callMalformed("GET", PERSONS + "?identityType=CCCD", HANOI_SITE, null).status()).isEqualTo(400);
        assertThat(client.callMalformed("GET", q("cuong") + "&identityType=CCCD&identityNumber=046095000111", HANOI_SITE, null)
                .status()).isEqualTo(400);
        Answer refused = client.call("GET", PERSONS + "/" + cuong, HANOI_SITE, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asText()).contains("give a reason to read it");
        assertThat(client.call("GET", PERSONS + "/" + cuong + "/corrections", HANOI_SITE, null).status()).isEqualTo(403);
        Answer withReason = client.call("GET", PERSONS + "/" + cuong + "?reason=" + URLEncoder.encode("traveller, dose 2 here",
                StandardCharsets.UTF_8), HANOI_SITE, null);
        assertThat(withReason.status()).isEqualTo(200);

        JsonNode reads = client.call("GET", PERSONS + "/" + cuong + "/reads", AUDITOR, null).json();
        assertThat(reads.path("items").findValuesAsText("reason"))
                .containsExactly("EXACT_DOCUMENT_OUTSIDE_SCOPE", "traveller, dose 2 here");
        JsonNode groups = client.call("GET", "/api/v1/priority-groups", HANOI, null).json();
        assertThat(groups.path("items").findValues("minAgeYears")).isNotEmpty();
    }
}
