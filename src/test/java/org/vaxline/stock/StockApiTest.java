package org.vaxline.stock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.access.application.DemoUser;
import org.vaxline.app.ApiServer;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.ContractClient.Answer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.stock.StockWorld.HANOI_CDC;
import static org.vaxline.stock.StockWorld.HANOI_SITE;
import static org.vaxline.stock.StockWorld.HUE_CDC;
import static org.vaxline.stock.StockWorld.NATIONAL_STORE;

/**
 * The stock ledger's HTTP API on the real application (SQLite, demo master data, clock at 2021-10-01), called over
 * real HTTP with the demo users' tokens; every request and answer is checked against the composed OpenAPI document.
 */
class StockApiTest {
    private static final String MOVEMENTS = "/api/v1/stock/movements";
    private static final String LOTS = "/api/v1/lots";

    @TempDir
    Path tempDir;
    private StockWorld world;
    private HttpServer server;
    private ContractClient api;
    private String admin;
    private String province;
    private String vaccinator;
    private String auditor;

    @BeforeEach
    void start() {
        world = new StockWorld(Dialect.SQLITE, tempDir);
        Map<String, String> tokens = world.app.access().service().ensureDemoUsers(Actor.operator("test"),
                DemoUser.onePerRole(HANOI_CDC, HANOI_SITE));
        admin = tokens.get("admin");
        province = tokens.get("province");
        vaccinator = tokens.get("vaccinator");
        auditor = tokens.get("auditor");
        server = ApiServer.start(world.app, "127.0.0.1", 0);
        api = new ContractClient("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (world != null) {
            world.close();
        }
    }

    @Test
    void receivesRetriesAndRefusesToTakeMoreThanIsOnHand() {
        UUID lot = releasedLot("A2101", "2022-03-01");
        UUID id = Ids.newId();
        String receipt = json(movement(id, "RECEIPT", NATIONAL_STORE, 1000, "2021-09-28", "lotId", lot, "reference", "AWB 123-45678901"));

        Answer created = api.call("POST", MOVEMENTS, admin, receipt);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).hasValue(MOVEMENTS + "/" + id);
        JsonNode entry = created.json().path("entries").get(0);
        assertThat(created.json().path("requestId").asText()).isEqualTo(id.toString());
        assertThat(entry.path("quantity").asLong()).isEqualTo(1000);
        assertThat(entry.path("recordedBy").asText()).isEqualTo("admin");
        assertThat(entry.has("transferId")).as("members without a value are omitted").isFalse();

        Answer retried = api.call("POST", MOVEMENTS, admin, receipt);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("entries")).hasSize(1);
        assertThat(api.call("POST", MOVEMENTS, auditor, receipt).status()).as("a retry only for who could have made it").isEqualTo(403);
        assertThat(retried.json().path("entries").get(0).path("id").asText()).isEqualTo(id.toString());
        assertThat(world.onHand(NATIONAL_STORE, lot)).isEqualTo(1000);

        Answer reused = api.call("POST", MOVEMENTS, admin, json(movement(id, "RECEIPT", NATIONAL_STORE, 999, "2021-09-28", "lotId", lot)));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().path("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");

        Answer tooMuch = api.call("POST", MOVEMENTS, admin, json(movement(Ids.newId(), "ISSUE", NATIONAL_STORE, 1500, "2021-10-01", "lotId", lot)));
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().path("code").asText()).isEqualTo("STOCK_INSUFFICIENT");
        assertThat(tooMuch.json().path("available").asLong()).isEqualTo(1000);
        assertThat(tooMuch.json().path("errors").has("quantity")).isTrue();
        assertThat(world.onHand(NATIONAL_STORE, lot)).isEqualTo(1000);

        Answer byIdempotencyKey = api.call("POST", MOVEMENTS, admin, json(movement(null, "WASTAGE", NATIONAL_STORE, 10, "2021-10-01",
                "lotId", lot, "reason", "BREAKAGE")));
        assertThat(byIdempotencyKey.status()).isEqualTo(201);
        Answer badWastage = api.call("POST", MOVEMENTS, admin, json(movement(null, "WASTAGE", NATIONAL_STORE, 10, "2021-10-01",
                "lotId", lot, "reason", "dropped it")));
        assertThat(badWastage.status()).isEqualTo(422);
        assertThat(badWastage.json().path("code").asText()).isEqualTo("MOVEMENT_INVALID");
        assertThat(badWastage.json().path("errors").has("reason")).isTrue();
    }

    @Test
    void transfersToAHanoiSiteAndReceivesWhatArrived() {
        UUID lot = releasedLot("A2101", "2022-03-01");
        receive(NATIONAL_STORE, lot, 1000);
        assertThat(inTransit(HANOI_SITE)).isEmpty();

        UUID transferId = Ids.newId();
        Answer sent = api.call("POST", MOVEMENTS, admin, json(movement(transferId, "TRANSFER_OUT", NATIONAL_STORE, 500, "2021-10-01",
                "lotId", lot, "toFacilityId", HANOI_SITE, "reference", "Delivery note HN-0017",
                "hierarchyOverrideReason", "campaign: straight from the national store to the site")));
        assertThat(sent.status()).isEqualTo(201);
        JsonNode out = sent.json().path("entries").get(0);
        assertThat(out.path("hierarchyOverrideReason").asText()).isEqualTo("campaign: straight from the national store to the site");
        assertThat(out.path("quantity").asLong()).isEqualTo(-500);
        assertThat(out.path("transferId").asText()).isEqualTo(transferId.toString());
        assertThat(out.path("counterpartFacilityId").asText()).isEqualTo(HANOI_SITE.toString());

        JsonNode transit = inTransit(HANOI_SITE);
        assertThat(transit).hasSize(1);
        assertThat(transit.get(0).path("transferId").asText()).isEqualTo(transferId.toString());
        assertThat(api.call("GET", "/api/v1/stock/transfers/in-transit", auditor, null).json().path("items")).hasSize(1);

        Map<String, Object> arrival = movement(Ids.newId(), "TRANSFER_IN", null, 480, "2021-10-01", "transferId", transferId);
        Answer unexplained = api.call("POST", MOVEMENTS, vaccinator, json(arrival));
        assertThat(unexplained.status()).isEqualTo(422);
        assertThat(unexplained.json().path("errors").has("reason")).isTrue();

        arrival.put("reason", "2 vials broken in transit");
        Answer received = api.call("POST", MOVEMENTS, vaccinator, json(arrival));
        assertThat(received.status()).isEqualTo(201);
        JsonNode in = received.json().path("entries").get(0);
        assertThat(in.path("type").asText()).isEqualTo("TRANSFER_IN");
        assertThat(in.path("facilityId").asText()).isEqualTo(HANOI_SITE.toString());
        assertThat(in.path("quantity").asLong()).isEqualTo(480);
        assertThat(in.path("counterpartFacilityId").asText()).isEqualTo(NATIONAL_STORE.toString());
        assertThat(in.path("reason").asText()).isEqualTo("2 vials broken in transit");
        assertThat(world.onHand(HANOI_SITE, lot)).isEqualTo(480);
        assertThat(world.onHand(NATIONAL_STORE, lot)).isEqualTo(500);

        assertThat(inTransit(HANOI_SITE)).isEmpty();
        Answer again = api.call("POST", MOVEMENTS, admin, json(movement(Ids.newId(), "TRANSFER_IN", null, 480, "2021-10-01",
                "transferId", transferId, "reason", "counted twice")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("TRANSFER_NOT_IN_TRANSIT");

        Answer receiptReversed = api.call("POST", MOVEMENTS, admin, json(reversal(in.path("id").asText())));
        assertThat(receiptReversed.status()).isEqualTo(422);
        assertThat(receiptReversed.json().path("code").asText()).isEqualTo("MOVEMENT_NOT_REVERSIBLE");
    }

    @Test
    void issuesByFirstExpiryAndRefusesLotsThatAreNotUsable() {
        UUID later = releasedLot("B2101", "2022-03-01");
        UUID sooner = releasedLot("A2101", "2021-12-01");
        UUID quarantined = lot("Q2101", "2021-11-01");
        receive(NATIONAL_STORE, later, 1000);
        receive(NATIONAL_STORE, sooner, 100);
        receive(NATIONAL_STORE, quarantined, 200);

        UUID requestId = Ids.newId();
        Answer issued = api.call("POST", MOVEMENTS, admin, json(movement(requestId, "ISSUE", NATIONAL_STORE, 150, "2021-10-01",
                "productId", world.abdala)));
        assertThat(issued.status()).isEqualTo(201);
        JsonNode entries = issued.json().path("entries");
        assertThat(entries).hasSize(2);
        Map<String, Long> taken = new LinkedHashMap<>();
        entries.forEach(e -> taken.put(e.path("lotId").asText(), e.path("quantity").asLong()));
        assertThat(taken).containsExactlyInAnyOrderEntriesOf(Map.of(sooner.toString(), -100L, later.toString(), -50L));
        entries.forEach(e -> assertThat(e.path("requestId").asText()).isEqualTo(requestId.toString()));
        assertThat(world.onHand(NATIONAL_STORE, quarantined)).isEqualTo(200);

        JsonNode read = api.call("GET", MOVEMENTS + "/" + requestId, auditor, null).json();
        assertThat(read.path("entries")).hasSize(2);
        assertThat(api.call("GET", MOVEMENTS + "/" + Ids.newId(), auditor, null).status()).isEqualTo(404);

        Answer fefoTooMuch = api.call("POST", MOVEMENTS, admin, json(movement(Ids.newId(), "ISSUE", NATIONAL_STORE, 5000, "2021-10-01",
                "productId", world.abdala)));
        assertThat(fefoTooMuch.status()).isEqualTo(409);
        assertThat(fefoTooMuch.json().path("available").asLong()).isEqualTo(950);
        assertThat(api.call("POST", MOVEMENTS, admin, json(movement(Ids.newId(), "ISSUE", NATIONAL_STORE, 1, "2021-10-01",
                "productId", Ids.newId()))).status()).as("an unknown product").isEqualTo(404);

        Answer refused = api.call("POST", MOVEMENTS, admin, json(movement(Ids.newId(), "TRANSFER_OUT", NATIONAL_STORE, 10, "2021-10-01",
                "lotId", quarantined, "toFacilityId", HANOI_CDC)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("code").asText()).isEqualTo("LOT_QUARANTINED");
        assertThat(refused.json().path("lotId").asText()).isEqualTo(quarantined.toString());
        assertThat(inTransit(HANOI_CDC)).isEmpty();
    }

    @Test
    void refusesWritesOutsideTheUsersScopeUnknownFacilitiesAndMalformedBodies() {
        UUID lot = releasedLot("A2101", "2022-03-01");
        Answer own = api.call("POST", MOVEMENTS, province, json(movement(Ids.newId(), "RECEIPT", HANOI_CDC, 100, "2021-10-01", "lotId", lot)));
        assertThat(own.status()).isEqualTo(201);

        Answer elsewhere = api.call("POST", MOVEMENTS, province, json(movement(Ids.newId(), "RECEIPT", HUE_CDC, 100, "2021-10-01", "lotId", lot)));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.json().path("code").asText()).isEqualTo("FORBIDDEN");
        Answer audited = api.call("POST", MOVEMENTS, auditor, json(movement(Ids.newId(), "RECEIPT", HANOI_CDC, 100, "2021-10-01", "lotId", lot)));
        assertThat(audited.status()).isEqualTo(403);
        Answer siteOnly = api.call("POST", MOVEMENTS, vaccinator, json(movement(Ids.newId(), "RECEIPT", HANOI_CDC, 100, "2021-10-01", "lotId", lot)));
        assertThat(siteOnly.status()).isEqualTo(403);
        assertThat(api.call("POST", MOVEMENTS, null, json(movement(Ids.newId(), "RECEIPT", HANOI_CDC, 1, "2021-10-01", "lotId", lot))).status())
                .isEqualTo(401);

        Answer unknown = api.call("POST", MOVEMENTS, admin, json(movement(Ids.newId(), "RECEIPT", Ids.newId(), 100, "2021-10-01", "lotId", lot)));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("code").asText()).isEqualTo("NOT_FOUND");

        Answer malformed = api.callMalformed("POST", MOVEMENTS, admin, """
                {"type": "RECEIPT", "facilityId": "%s", "lotId": "%s", "quantity": "many", "occurredOn": "2021-10-01"}
                """.formatted(HANOI_CDC, lot));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(malformed.json().path("errors").has("quantity")).isTrue();

        Answer fraction = api.callMalformed("POST", MOVEMENTS, admin, """
                {"type": "RECEIPT", "facilityId": "%s", "lotId": "%s", "quantity": 1.5, "occurredOn": "2021-10-01"}
                """.formatted(HANOI_CDC, lot));
        assertThat(fraction.status()).as("a dose is never rounded away").isEqualTo(400);
        assertThat(fraction.json().path("errors").has("quantity")).isTrue();
        Answer fractionOfALine = api.callMalformed("POST", MOVEMENTS, admin, """
                {"type": "TRANSFER_IN", "transferId": "%s", "lines": [{"lotId": "%s", "quantity": 2.5}], "occurredOn": "2021-10-01"}
                """.formatted(Ids.newId(), lot));
        assertThat(fractionOfALine.status()).isEqualTo(400);
        assertThat(fractionOfALine.json().path("errors").has("lines[0].quantity")).isTrue();

        Answer future = api.call("POST", MOVEMENTS, admin, json(movement(Ids.newId(), "RECEIPT", HANOI_CDC, 1, "2021-10-02", "lotId", lot)));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().path("errors").has("occurredOn")).isTrue();
        assertThat(api.callMalformed("GET", "/api/v1/stock/expiring?days=soon", admin, null).status()).isEqualTo(400);
        assertThat(api.callMalformed("GET", "/api/v1/stock/onhand?facility=CDC-01", admin, null).json().path("errors").has("facility")).isTrue();
        assertThat(world.onHand(HANOI_CDC, lot)).isEqualTo(100);
    }

    /**
     * The national view sums each province's facilities per lot (not a line per facility), carries the same province and
     * national totals and days of supply as the full report, and lists the doses of a lot on hold where it is held.
     */
    @Test
    void theNationalViewSumsProvincesPerLotAndAgreesWithTheFullReport() {
        UUID lasting = releasedLot("B2101", "2022-03-01");
        UUID held = releasedLot("A2101", "2021-12-20");
        receive(NATIONAL_STORE, lasting, 1000);
        receive(HANOI_CDC, held, 300);
        receive(HANOI_SITE, held, 50);
        receive(HANOI_SITE, lasting, 20);
        assertThat(api.call("POST", MOVEMENTS, province, json(movement(Ids.newId(), "ISSUE", HANOI_CDC, 60, "2021-10-01",
                "lotId", held))).status()).isEqualTo(201);
        assertThat(api.call("POST", LOTS + "/" + held + "/holds", admin, """
                {"facilityId": "%s", "reason": "fridge at 12 °C", "source": "MANUAL"}""".formatted(HANOI_SITE)).status())
                .isEqualTo(201);

        JsonNode national = api.call("GET", "/api/v1/stock/onhand/national", auditor, null).json();
        JsonNode full = api.call("GET", "/api/v1/stock/onhand", auditor, null).json();
        assertThat(national.path("asOf").asText()).isEqualTo("2021-10-01");
        List<String> lots = new ArrayList<>();
        national.path("lots").forEach(l -> lots.add(l.path("provinceCode").asText("-") + " " + l.path("lotNumber").asText() + " "
                + l.path("quantity").asLong() + " at " + l.path("facilities").asInt() + " held " + l.path("onHold").asLong()));
        assertThat(lots).containsExactlyInAnyOrder("- B2101 1000 at 1 held 0", "01 A2101 290 at 2 held 50", "01 B2101 20 at 1 held 0");
        assertThat(national.path("provinces")).isEqualTo(full.path("provinces"));
        assertThat(national.path("national")).isEqualTo(full.path("national"));
        assertThat(national.path("provinces").get(0).path("usedInWindow").asLong()).isEqualTo(60);
        assertThat(national.path("onHold")).singleElement().satisfies(l -> {
            assertThat(l.path("facilityId").asText()).isEqualTo(HANOI_SITE.toString());
            assertThat(l.path("quantity").asLong()).isEqualTo(50);
        });
        assertThat(api.call("GET", "/api/v1/stock/onhand/national?product=" + Ids.newId(), auditor, null).json().path("lots")).isEmpty();
    }

    @Test
    void reportsOnHandExpiringLotsAndPagesThroughTheLedger() {
        UUID lasting = releasedLot("B2101", "2022-03-01");
        UUID expiring = releasedLot("A2101", "2021-10-20");
        receive(NATIONAL_STORE, lasting, 1000);
        receive(HANOI_CDC, expiring, 300);
        Answer issued = api.call("POST", MOVEMENTS, province, json(movement(Ids.newId(), "ISSUE", HANOI_CDC, 60, "2021-10-01", "lotId", expiring)));
        assertThat(issued.status()).isEqualTo(201);

        JsonNode today = api.call("GET", "/api/v1/stock/onhand", auditor, null).json();
        assertThat(today.path("asOf").asText()).isEqualTo("2021-10-01");
        assertThat(today.path("lines")).hasSize(2);
        assertThat(today.path("national").get(0).path("quantity").asLong()).isEqualTo(1240);
        JsonNode hanoi = api.call("GET", "/api/v1/stock/onhand?province=01&product=" + world.abdala, province, null).json();
        assertThat(hanoi.path("lines")).hasSize(1);
        assertThat(hanoi.path("provinces").get(0).path("quantity").asLong()).isEqualTo(240);
        assertThat(hanoi.path("provinces").get(0).path("usedInWindow").asLong()).isEqualTo(60);
        assertThat(hanoi.path("provinces").get(0).path("daysOfSupply").asDouble()).isEqualTo(120.0);
        assertThat(hanoi.path("national")).isEmpty();
        JsonNode before = api.call("GET", "/api/v1/stock/onhand?facility=" + HANOI_CDC + "&asOf=2021-09-30", province, null).json();
        assertThat(before.path("lines").get(0).path("quantity").asLong()).isEqualTo(300);
        assertThat(before.path("facilities").get(0).has("daysOfSupply")).as("nothing used yet").isFalse();
        assertThat(api.call("GET", "/api/v1/stock/onhand?facility=" + Ids.newId(), province, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/v1/stock/onhand?province=99", province, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/v1/stock/expiring?province=99", province, null).status()).isEqualTo(404);
        Answer future = api.call("GET", "/api/v1/stock/onhand?asOf=2021-10-02", province, null);
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().path("errors").has("asOf")).isTrue();

        JsonNode soon = api.call("GET", "/api/v1/stock/expiring", province, null).json();
        assertThat(soon.path("items")).hasSize(1);
        assertThat(soon.path("next").isNull()).isTrue();
        assertThat(soon.path("items").get(0).path("lotId").asText()).isEqualTo(expiring.toString());
        assertThat(soon.path("items").get(0).path("daysLeft").asLong()).isEqualTo(19);
        assertThat(soon.path("items").get(0).path("quantity").asLong()).isEqualTo(240);
        assertThat(api.call("GET", "/api/v1/stock/expiring?days=7", province, null).json().path("items")).isEmpty();
        assertThat(api.call("GET", "/api/v1/stock/expiring?days=365&province=01", province, null).json().path("items")).hasSize(1);
        assertThat(api.call("GET", "/api/v1/stock/expiring?days=365", province, null).json().path("items")).hasSize(2);

        List<String> seen = new ArrayList<>();
        String path = MOVEMENTS + "?facility=" + HANOI_CDC + "&limit=1";
        JsonNode page = api.call("GET", path, auditor, null).json();
        assertThat(page.path("items")).hasSize(1);
        seen.add(page.path("items").get(0).path("id").asText());
        assertThat(page.path("next").isTextual()).isTrue();
        JsonNode second = api.call("GET", path + "&cursor=" + page.path("next").asText(), auditor, null).json();
        assertThat(second.path("items")).hasSize(1);
        seen.add(second.path("items").get(0).path("id").asText());
        assertThat(second.path("next").isNull()).isTrue();
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(second.path("items").get(0).path("type").asText()).isEqualTo("ISSUE");
        assertThat(api.call("GET", MOVEMENTS + "?lot=" + lasting + "&from=2021-09-01&to=2021-09-30", auditor, null).json()
                .path("items")).hasSize(1);
        assertThat(api.call("GET", MOVEMENTS + "?from=2021-10-01", auditor, null).json().path("items")).hasSize(1);
    }

    @Test
    void reversesAnEntryOnce() {
        UUID lot = releasedLot("A2101", "2022-03-01");
        String mistaken = receive(NATIONAL_STORE, lot, 1000);

        UUID id = Ids.newId();
        Map<String, Object> body = reversal(mistaken);
        body.put("id", id);
        Answer reversed = api.call("POST", MOVEMENTS, admin, json(body));
        assertThat(reversed.status()).isEqualTo(201);
        JsonNode entry = reversed.json().path("entries").get(0);
        assertThat(entry.path("type").asText()).isEqualTo("REVERSAL");
        assertThat(entry.path("reverses").asText()).isEqualTo(mistaken);
        assertThat(entry.path("quantity").asLong()).isEqualTo(-1000);
        assertThat(entry.path("occurredOn").asText()).isEqualTo("2021-09-28");
        assertThat(api.call("POST", MOVEMENTS, admin, json(body)).status()).isEqualTo(200);
        assertThat(world.onHand(NATIONAL_STORE, lot)).isZero();

        Answer twice = api.call("POST", MOVEMENTS, admin, json(reversal(mistaken)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("code").asText()).isEqualTo("MOVEMENT_ALREADY_REVERSED");
        Answer ofAReversal = api.call("POST", MOVEMENTS, admin, json(reversal(entry.path("id").asText())));
        assertThat(ofAReversal.status()).isEqualTo(422);
        assertThat(ofAReversal.json().path("code").asText()).isEqualTo("MOVEMENT_NOT_REVERSIBLE");
        assertThat(world.ledgerSum(NATIONAL_STORE, lot)).isZero();
    }

    /** A lot of Abdala registered over HTTP, in quarantine. */
    private UUID lot(String number, String expiry) {
        UUID id = Ids.newId();
        Answer registered = api.call("POST", LOTS, admin, """
                {"lots": [{"id": "%s", "productId": "%s", "lotNumber": "%s", "gtin": "08501234000016",
                           "manufacturedOn": "2021-06-01", "labelledExpiry": "%s"}]}
                """.formatted(id, world.abdala, number, expiry));
        assertThat(registered.status()).isEqualTo(201);
        return id;
    }

    /** A lot registered and released over HTTP. */
    private UUID releasedLot(String number, String expiry) {
        UUID id = lot(number, expiry);
        Answer released = api.call("POST", LOTS + "/" + id + "/release", admin,
                "{\"decision\": \"RELEASE\", \"certificateNumber\": \"NICVB-" + number + "\", \"decidedOn\": \"2021-09-20\"}");
        assertThat(released.status()).isEqualTo(201);
        return id;
    }

    /** Receives doses on 2021-09-28 as the national admin; answers the entry's id. */
    private String receive(UUID facility, UUID lot, long doses) {
        Answer answer = api.call("POST", MOVEMENTS, admin, json(movement(Ids.newId(), "RECEIPT", facility, doses, "2021-09-28",
                "lotId", lot, "reference", "AWB 1")));
        assertThat(answer.status()).isEqualTo(201);
        return answer.json().path("entries").get(0).path("id").asText();
    }

    private JsonNode inTransit(UUID facility) {
        JsonNode page = api.call("GET", "/api/v1/stock/transfers/in-transit?facility=" + facility, admin, null).json();
        assertThat(page.path("next").isNull()).isTrue();
        return page.path("items");
    }

    private static Map<String, Object> movement(UUID id, String type, UUID facility, long quantity, String occurredOn, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (id != null) {
            body.put("id", id);
        }
        body.put("type", type);
        if (facility != null) {
            body.put("facilityId", facility);
        }
        body.put("quantity", quantity);
        body.put("occurredOn", occurredOn);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> reversal(String entryId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "REVERSAL");
        body.put("reverses", entryId);
        body.put("reason", "recorded twice");
        body.put("occurredOn", "2021-10-01");
        return body;
    }

    private static String json(Object body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
