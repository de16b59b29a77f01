package org.vaxline.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vaxline.platform.id.Ids;
import org.vaxline.platform.json.Json;
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

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement API over real HTTP, in process, on SQLite (the store suite covers PostgreSQL); every answer is checked
 * against the OpenAPI document.
 */
class AgreementApiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String ADMIN_TOKEN = "admin-token";
    private static final String AUDITOR_TOKEN = "auditor-token";
    private static final Map<String, Actor> TOKENS = Map.of(ADMIN_TOKEN, AgreementFixtures.ADMIN, AUDITOR_TOKEN, AgreementFixtures.AUDITOR);
    private static final String AGREEMENTS = "/api/v1/agreements";

    @TempDir
    Path tempDir;
    private Store store;
    private ModuleServer server;
    private ContractClient client;

    @BeforeEach
    void start() {
        store = TestStores.open(Dialect.SQLITE, tempDir);
        AgreementModule module = new AgreementModule(store, CLOCK, new FixedReferences());
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

    // ---- the exchanges ----

    private Answer call(String method, String path, String token, String body) {
        return client.call(method, path, token, body);
    }

    private Answer callMalformed(String method, String path, String token, String body) {
        return client.callMalformed(method, path, token, body);
    }

    // ---- the data: Cuba commits 10,000,000 doses of Abdala to Viet Nam by 2021-12-31 ----

    private static String abdala(UUID id, UUID commitmentId) {
        return """
                {"id": "%s", "title": "Abdala supply", "fromPartnerId": "%s", "toPartnerId": "%s",
                 "signedOn": "2021-09-17", "kind": "PURCHASE", "reference": "contract 1",
                 "commitments": [{"id": "%s", "productId": "%s", "quantity": 10000000, "dueDate": "2021-12-31"}]}
                """.formatted(id, FixedReferences.CUBA, FixedReferences.VIETNAM, commitmentId, FixedReferences.ABDALA);
    }

    private static String delivery(UUID id, UUID commitmentId, long doses, String on) {
        return """
                {"id": "%s", "commitmentId": "%s", "quantity": %d, "deliveredOn": "%s", "reference": "shipment"}
                """.formatted(id, commitmentId, doses, on);
    }

    private UUID agreement() {
        UUID id = Ids.newId();
        UUID commitment = Ids.newId();
        assertThat(call("POST", AGREEMENTS, ADMIN_TOKEN, abdala(id, commitment)).status()).isEqualTo(201);
        return id;
    }

    private static String deliveries(UUID agreementId) {
        return AGREEMENTS + "/" + agreementId + "/deliveries";
    }

    // ---- the tests ----

    @Test
    void recordsAnAgreementOnceAndReadsItBack() {
        UUID id = Ids.newId();
        UUID commitment = Ids.newId();
        Answer created = call("POST", AGREEMENTS, ADMIN_TOKEN, abdala(id, commitment));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).contains(AGREEMENTS + "/" + id);

        Answer retried = call("POST", AGREEMENTS, ADMIN_TOKEN, abdala(id, commitment));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json()).isEqualTo(created.json());

        Answer read = call("GET", AGREEMENTS + "/" + id, ADMIN_TOKEN, null);
        assertThat(read.status()).isEqualTo(200);
        JsonNode report = read.json();
        assertThat(report.path("from").path("name").asText()).isEqualTo("Cuba");
        assertThat(report.path("asOf").asText()).isEqualTo("2021-10-01");
        assertThat(report.has("reference")).isTrue();
        JsonNode c = report.path("commitments").get(0);
        assertThat(c.path("id").asText()).isEqualTo(commitment.toString());
        assertThat(c.path("committed").decimalValue()).isEqualByComparingTo("10000000");
        assertThat(c.path("forecast").path("status").asText()).isEqualTo("NOT_STARTED");

        Answer past = call("GET", AGREEMENTS + "/" + id + "?asOf=2021-09-20", AUDITOR_TOKEN, null);
        assertThat(past.json().path("asOf").asText()).isEqualTo("2021-09-20");
    }

    @Test
    void recordsADeliveryAndRefusesOneBeyondTheCommitment() {
        UUID id = Ids.newId();
        UUID commitment = Ids.newId();
        call("POST", AGREEMENTS, ADMIN_TOKEN, abdala(id, commitment));

        UUID deliveryId = Ids.newId();
        Answer delivered = call("POST", deliveries(id), ADMIN_TOKEN, delivery(deliveryId, commitment, 1_050_000, "2021-09-24"));
        assertThat(delivered.status()).isEqualTo(201);
        assertThat(delivered.json().path("quantity").decimalValue()).isEqualByComparingTo("1050000");
        assertThat(delivered.json().path("unit").asText()).isEqualTo("doses");
        assertThat(delivered.json().path("type").asText()).isEqualTo("DELIVERY");

        Answer again = call("POST", deliveries(id), ADMIN_TOKEN, delivery(deliveryId, commitment, 1_050_000, "2021-09-24"));
        assertThat(again.status()).isEqualTo(200);

        Answer one = call("GET", deliveries(id) + "/" + deliveryId, AUDITOR_TOKEN, null);
        assertThat(one.json()).isEqualTo(delivered.json());

        JsonNode report = call("GET", AGREEMENTS + "/" + id, ADMIN_TOKEN, null).json().path("commitments").get(0);
        assertThat(report.path("delivered").decimalValue()).isEqualByComparingTo("1050000");
        assertThat(report.path("forecast").path("status").asText()).isEqualTo("AT_RISK");

        Answer beyond = call("POST", deliveries(id), ADMIN_TOKEN, delivery(Ids.newId(), commitment, 9_000_000, "2021-09-30"));
        assertThat(beyond.status()).isEqualTo(422);
        assertThat(beyond.contentType()).startsWith("application/problem+json");
        JsonNode problem = beyond.json();
        assertThat(problem.path("code").asText()).isEqualTo("DELIVERY_EXCEEDS_COMMITMENT");
        assertThat(problem.path("outstanding").decimalValue()).isEqualByComparingTo("8950000");
        assertThat(problem.path("unit").asText()).isEqualTo("doses");
        assertThat(problem.path("errors").has("quantity")).isTrue();
    }

    @Test
    void namesTheFieldOfAMalformedBody() {
        UUID id = Ids.newId();
        UUID commitment = Ids.newId();
        call("POST", AGREEMENTS, ADMIN_TOKEN, abdala(id, commitment));

        Answer notANumber = callMalformed("POST", deliveries(id), ADMIN_TOKEN,
                "{\"commitmentId\": \"" + commitment + "\", \"quantity\": \"many\", \"deliveredOn\": \"2021-09-24\"}");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().path("code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(notANumber.json().path("errors").has("quantity")).isTrue();

        Answer unknownField = callMalformed("POST", deliveries(id), ADMIN_TOKEN,
                "{\"quantity\": 10, \"deliveredOn\": \"2021-09-24\", \"colour\": \"red\"}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("errors").path("colour").asText()).isEqualTo("unknown field");

        Answer notJson = callMalformed("POST", AGREEMENTS, ADMIN_TOKEN, "{\"title\": ");
        assertThat(notJson.status()).isEqualTo(400);

        Answer badDate = callMalformed("GET", AGREEMENTS + "/" + id + "?asOf=yesterday", ADMIN_TOKEN, null);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("errors").has("asOf")).isTrue();

        Answer badLimit = callMalformed("GET", AGREEMENTS + "?limit=0", ADMIN_TOKEN, null);
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().path("errors").has("limit")).isTrue();
    }

    @Test
    void answersNotFoundUnauthenticatedAndForbidden() {
        UUID unknown = Ids.newId();
        Answer missing = call("GET", AGREEMENTS + "/" + unknown, ADMIN_TOKEN, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(missing.json().path("detail").asText()).contains(unknown.toString());

        Answer noDeliveries = call("GET", deliveries(unknown), ADMIN_TOKEN, null);
        assertThat(noDeliveries.status()).isEqualTo(404);

        Answer noToken = call("GET", AGREEMENTS, null, null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(noToken.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");

        Answer badToken = call("GET", AGREEMENTS, "nobody", null);
        assertThat(badToken.status()).isEqualTo(401);

        Answer auditor = call("POST", AGREEMENTS, AUDITOR_TOKEN, abdala(Ids.newId(), Ids.newId()));
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(auditor.json().path("code").asText()).isEqualTo("FORBIDDEN");
    }

    @Test
    void pagesThroughAgreementsAndDeliveriesWithTheNextCursor() {
        UUID first = agreement();
        UUID second = agreement();

        Answer page1 = call("GET", AGREEMENTS + "?limit=1", ADMIN_TOKEN, null);
        JsonNode body1 = page1.json();
        assertThat(body1.path("items")).hasSize(1);
        String next = body1.path("next").asText();
        assertThat(next).isNotBlank();

        JsonNode body2 = call("GET", AGREEMENTS + "?limit=1&cursor=" + next, ADMIN_TOKEN, null).json();
        assertThat(body2.path("items")).hasSize(1);
        assertThat(Set.of(body1.path("items").get(0).path("id").asText(), body2.path("items").get(0).path("id").asText()))
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(body2.has("next")).isTrue();
        assertThat(body2.path("next").isNull()).isTrue();

        JsonNode byPartner = call("GET", AGREEMENTS + "?partner=" + FixedReferences.CUBA + "&limit=1000", ADMIN_TOKEN, null).json();
        assertThat(byPartner.path("items")).hasSize(2);

        Answer onlyCommitment = call("POST", deliveries(first), ADMIN_TOKEN,
                "{\"quantity\": 900000, \"deliveredOn\": \"2021-09-24\"}");
        assertThat(onlyCommitment.status()).isEqualTo(201);
        JsonNode empty = call("GET", deliveries(second), ADMIN_TOKEN, null).json();
        assertThat(empty.path("items")).isEmpty();
        assertThat(empty.path("next").isNull()).isTrue();
    }

    @Test
    void reversesADeliveryOnlyOnce() {
        UUID id = Ids.newId();
        UUID commitment = Ids.newId();
        call("POST", AGREEMENTS, ADMIN_TOKEN, abdala(id, commitment));
        UUID deliveryId = Ids.newId();
        call("POST", deliveries(id), ADMIN_TOKEN, delivery(deliveryId, commitment, 1_050_000, "2021-09-24"));

        String reversal = deliveries(id) + "/" + deliveryId + "/reversal";
        Answer reversed = call("POST", reversal, ADMIN_TOKEN, "{\"reason\": \"entered twice\"}");
        assertThat(reversed.status()).isEqualTo(201);
        JsonNode entry = reversed.json();
        assertThat(entry.path("type").asText()).isEqualTo("REVERSAL");
        assertThat(entry.path("reverses").asText()).isEqualTo(deliveryId.toString());
        assertThat(entry.path("quantity").decimalValue()).isEqualByComparingTo("-1050000");

        Answer twice = call("POST", reversal, ADMIN_TOKEN, "{\"id\": \"" + Ids.newId() + "\", \"reason\": \"again\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("code").asText()).isEqualTo("DELIVERY_ALREADY_REVERSED");

        Answer ofAReversal = call("POST", deliveries(id) + "/" + entry.path("id").asText() + "/reversal", ADMIN_TOKEN,
                "{\"reason\": \"undo the undo\"}");
        assertThat(ofAReversal.status()).isEqualTo(422);
        assertThat(ofAReversal.json().path("code").asText()).isEqualTo("REVERSAL_OF_REVERSAL");

        JsonNode ledger = call("GET", deliveries(id) + "?limit=1", ADMIN_TOKEN, null).json();
        assertThat(ledger.path("items")).hasSize(1);
        JsonNode rest = call("GET", deliveries(id) + "?limit=1&cursor=" + ledger.path("next").asText(), ADMIN_TOKEN, null).json();
        assertThat(rest.path("items").get(0).path("type").asText()).isEqualTo("REVERSAL");

        JsonNode report = call("GET", AGREEMENTS + "/" + id, ADMIN_TOKEN, null).json().path("commitments").get(0);
        assertThat(report.path("delivered").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void completesAMilestoneOnce() {
        UUID id = Ids.newId();
        UUID handover = Ids.newId();
        UUID firstBatch = Ids.newId();
        String body = """
                {"id": "%s", "title": "Abdala technology transfer", "fromPartnerId": "%s", "toPartnerId": "%s",
                 "signedOn": "2021-09-17", "kind": "TECHNOLOGY_TRANSFER",
                 "commitments": [{"productId": "%s", "dueDate": "2022-12-31", "milestones": [
                   {"id": "%s", "name": "Technology package handed over", "dueDate": "2021-12-31"},
                   {"id": "%s", "name": "First local batch filled", "dueDate": "2022-12-31"}]}]}
                """.formatted(id, FixedReferences.CUBA, FixedReferences.VIETNAM, FixedReferences.ABDALA, handover, firstBatch);
        Answer created = call("POST", AGREEMENTS, ADMIN_TOKEN, body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("commitments").get(0).path("milestones")).hasSize(2);

        String completion = AGREEMENTS + "/" + id + "/milestones/" + handover + "/completion";
        Answer done = call("POST", completion, ADMIN_TOKEN, "{\"doneOn\": \"2021-09-30\"}");
        assertThat(done.status()).isEqualTo(201);
        assertThat(done.json().path("milestoneId").asText()).isEqualTo(handover.toString());
        assertThat(done.json().path("doneOn").asText()).isEqualTo("2021-09-30");

        assertThat(call("POST", completion, ADMIN_TOKEN, "{\"doneOn\": \"2021-09-30\"}").status()).isEqualTo(200);
        Answer otherDay = call("POST", completion, ADMIN_TOKEN, "{\"doneOn\": \"2021-09-29\"}");
        assertThat(otherDay.status()).isEqualTo(409);
        assertThat(otherDay.json().path("code").asText()).isEqualTo("MILESTONE_ALREADY_DONE");

        Answer future = call("POST", AGREEMENTS + "/" + id + "/milestones/" + firstBatch + "/completion", ADMIN_TOKEN,
                "{\"doneOn\": \"2022-01-01\"}");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().path("errors").has("doneOn")).isTrue();

        Answer unknown = call("POST", AGREEMENTS + "/" + id + "/milestones/" + Ids.newId() + "/completion", ADMIN_TOKEN,
                "{\"doneOn\": \"2021-09-30\"}");
        assertThat(unknown.status()).isEqualTo(404);

        JsonNode report = call("GET", AGREEMENTS + "/" + id, ADMIN_TOKEN, null).json().path("commitments").get(0);
        assertThat(report.path("milestones").get(0).path("doneOn").asText()).isEqualTo("2021-09-30");
        assertThat(report.path("milestones").get(1).has("doneOn")).isFalse();
    }
}
