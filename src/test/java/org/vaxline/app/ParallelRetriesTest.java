package org.vaxline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.access.application.DemoUser;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.ContractClient.Answer;
import org.vaxline.testing.OpenApiContract;
import org.vaxline.testing.TestStores;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: every POST that takes a client id is idempotent also when {@value #RETRIES} identical requests arrive at
 * once, on each store. The whole application is served over real HTTP; each endpoint gets its own test (so a failure
 * names the endpoint) and its own fixture, built through the API on demo master data with the clock at 2021-10-01.
 * Each test fires the same request {@value #RETRIES} times in parallel (half with the id in the body, half in the
 * {@code Idempotency-Key} header where the endpoint takes one), asserts exactly one 201 and the rest 200 naming the same
 * entry, that the store holds the entry once (and stock moved once), and that other content under the id answers 409.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class ParallelRetriesTest {
    private static final int RETRIES = 24;
    private static final String API = "/api/v1";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-01T09:00:00Z"), ZoneOffset.UTC);
    private static final UUID NATIONAL_STORE = DemoMasterData.facilityId(DemoMasterData.NATIONAL_STORE);
    private static final UUID HANOI_CDC = DemoMasterData.facilityId("CDC-01");
    private static final UUID HANOI_COMMUNE = DemoMasterData.facilityId("COMMUNE-01-1");
    private static final UUID SITE = DemoMasterData.facilityId("SITE-01-1-1");
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    @TempDir
    static Path tempDir;

    // One application and server per store, shared by the tests of that store; each test builds its own fixture.
    private static Vaxline vaxline;
    private static HttpServer server;
    private static ContractClient api;
    private static String admin;
    private static UUID abdala;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ParallelRetriesTest(Dialect dialect) {
        // the store is chosen once per class invocation, in start
    }

    @BeforeParameterizedClassInvocation
    static void start(Dialect dialect) {
        vaxline = new Vaxline(TestStores.open(dialect, tempDir), CLOCK);
        vaxline.masterData().masterData().importDocument(Actor.operator("test"), DemoMasterData.document());
        admin = vaxline.access().service().ensureDemoUsers(Actor.operator("test"), DemoUser.onePerRole(HANOI_CDC, SITE)).get("admin");
        abdala = vaxline.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
        server = ApiServer.start(vaxline, "127.0.0.1", 0);
        api = new ContractClient("http://127.0.0.1:" + server.port());
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (vaxline != null) {
            vaxline.close();
        }
    }

    // ---- the agreement ledger ----

    @Test
    void agreements() {
        UUID id = Ids.newId();
        // No commitment ids: the server picks them, and a retry must still be the same agreement.
        Map<String, Object> body = agreementBody(id, "Supply " + id);
        Fired fired = fire(API + "/agreements", body, true);
        fired.assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM agreements WHERE id = '" + id + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM commitments WHERE agreement_id = '" + id + "'")).isEqualTo(1);
        assertConflict(API + "/agreements", with(body, "title", "Another title"), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void deliveries() {
        Agreement a = agreement();
        UUID id = Ids.newId();
        String path = API + "/agreements/" + a.id + "/deliveries";
        Map<String, Object> body = map("id", id, "commitmentId", a.commitmentId, "quantity", 1000,
                "deliveredOn", "2021-09-30", "reference", "AWB " + id);
        fire(path, body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM deliveries WHERE id = '" + id + "'")).isEqualTo(1);
        assertThat(sum("SELECT SUM(quantity_milli) / 1000 FROM deliveries WHERE commitment_id = '" + a.commitmentId + "'")).isEqualTo(1000);
        assertConflict(path, with(body, "quantity", 999), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void deliveryReversals() {
        Agreement a = agreement();
        UUID delivery = Ids.newId();
        call(API + "/agreements/" + a.id + "/deliveries", map("id", delivery, "commitmentId", a.commitmentId,
                "quantity", 1000, "deliveredOn", "2021-09-30", "reference", "typed 1000 for 100"));
        UUID id = Ids.newId();
        String path = API + "/agreements/" + a.id + "/deliveries/" + delivery + "/reversal";
        Map<String, Object> body = map("id", id, "reason", "typed 1000 for 100");
        fire(path, body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM deliveries WHERE id = '" + id + "'")).isEqualTo(1);
        assertThat(sum("SELECT SUM(quantity_milli) / 1000 FROM deliveries WHERE commitment_id = '" + a.commitmentId + "'")).isZero();
        assertConflict(path, with(body, "reason", "another reason"), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void milestoneCompletions() {
        UUID agreement = Ids.newId();
        UUID milestone = Ids.newId();
        call(API + "/agreements", map("id", agreement, "title", "Transfer " + agreement,
                "fromPartnerId", DemoMasterData.partnerId(DemoMasterData.CUBA), "toPartnerId", DemoMasterData.partnerId(DemoMasterData.VIETNAM),
                "signedOn", "2021-09-01", "kind", "TECHNOLOGY_TRANSFER", "commitments", List.of(map("productId", abdala,
                        "dueDate", "2023-12-31", "milestones", List.of(map("id", milestone, "name", "Dossier handed over", "dueDate", "2022-06-30"))))));
        String path = API + "/agreements/" + agreement + "/milestones/" + milestone + "/completion";
        Map<String, Object> body = map("doneOn", "2021-09-20");
        // The milestone's id in the path is the entry's id: a completion on another day is a second completion.
        fire(path, body, false).assertOneCreatedThenSame("/milestoneId", milestone);
        assertThat(count("SELECT COUNT(*) FROM milestone_completions WHERE milestone_id = '" + milestone + "'")).isEqualTo(1);
        assertConflict(path, map("doneOn", "2021-09-21"), "MILESTONE_ALREADY_DONE");
    }

    // ---- lots ----

    @Test
    void lots() {
        UUID id = Ids.newId();
        Map<String, Object> lot = lotBody(id, lotNumber());
        Map<String, Object> body = map("lots", List.of(lot));
        fire(API + "/lots", body, false).assertOneCreatedThenSame("/lots/0/id", id);
        assertThat(count("SELECT COUNT(*) FROM lots WHERE id = '" + id + "'")).isEqualTo(1);
        assertConflict(API + "/lots", map("lots", List.of(with(lot, "labelledExpiry", "2022-03-31"))), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void lotRelease() {
        UUID lot = lot();
        UUID id = Ids.newId();
        String path = API + "/lots/" + lot + "/release";
        Map<String, Object> body = map("id", id, "decision", "RELEASE", "certificateNumber", "NCL-" + id, "decidedOn", "2021-09-25");
        fire(path, body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM lot_decisions WHERE lot_id = '" + lot + "'")).isEqualTo(1);
        assertConflict(path, with(body, "certificateNumber", "NCL-other"), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void holds() {
        UUID lot = releasedLot();
        UUID id = Ids.newId();
        String path = API + "/lots/" + lot + "/holds";
        Map<String, Object> body = map("id", id, "facilityId", HANOI_CDC, "reason", "VVM stage 3", "source", "MANUAL");
        fire(path, body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM lot_holds WHERE lot_id = '" + lot + "'")).isEqualTo(1);
        assertConflict(path, with(body, "reason", "VVM stage 4"), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void holdLifts() {
        UUID lot = releasedLot();
        UUID hold = Ids.newId();
        call(API + "/lots/" + lot + "/holds", map("id", hold, "reason", "VVM stage 3", "source", "MANUAL"));
        String path = API + "/lots/" + lot + "/holds/" + hold + "/lift";
        Map<String, Object> body = map("outcome", "RELEASED", "note", "stability data reviewed");
        // The hold's id in the path is the entry's id: a hold is lifted once.
        fire(path, body, false).assertOneCreatedThenSame("/id", hold);
        assertThat(count("SELECT COUNT(*) FROM lot_hold_lifts WHERE hold_id = '" + hold + "'")).isEqualTo(1);
        assertConflict(path, map("outcome", "DISCARDED", "note", "stability data reviewed"), "LOT_HOLD_ALREADY_LIFTED");
    }

    @Test
    void shelfLifeDecisions() {
        UUID id = Ids.newId();
        String path = API + "/products/" + abdala + "/shelf-life-decisions";
        // Limited to lots made in 2019, so that no lot of the other tests changes its expiry.
        Map<String, Object> body = map("id", id, "months", 9, "decidedOn", "2021-09-30", "authority", "Drug Administration of Viet Nam",
                "reference", "Decision " + id, "manufacturedFrom", "2019-01-01", "manufacturedTo", "2019-12-31");
        fire(path, body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM shelf_life_decisions WHERE id = '" + id + "'")).isEqualTo(1);
        assertConflict(path, with(body, "months", 12), "IDEMPOTENCY_CONFLICT");
    }

    // ---- stock, shipments, the cold chain ----

    @Test
    void stockMovements() {
        UUID lot = releasedLot();
        UUID id = Ids.newId();
        String path = API + "/stock/movements";
        Map<String, Object> body = map("id", id, "type", "RECEIPT", "facilityId", NATIONAL_STORE, "lotId", lot, "quantity", 1000,
                "occurredOn", "2021-09-28", "reference", "AWB " + id);
        fire(path, body, true).assertOneCreatedThenSame("/requestId", id);
        assertThat(onHand(NATIONAL_STORE, lot)).as("stock moved once").isEqualTo(1000);
        assertThat(count("SELECT COUNT(*) FROM stock_movements WHERE lot_id = '" + lot + "'")).isEqualTo(1);
        assertConflict(path, with(body, "quantity", 999), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void shipments() {
        Agreement a = agreement();
        UUID id = Ids.newId();
        String number = lotNumber();
        Map<String, Object> body = map("id", id, "agreementId", a.id, "facilityId", NATIONAL_STORE, "arrivedOn", "2021-09-30",
                "reference", "AWB " + id, "lots", List.of(map("lotNumber", number, "gtin", DemoMasterData.ABDALA_GTIN,
                        "manufacturedOn", "2021-08-01", "expiresOn", "2022-02-28", "doses", 1000)));
        fire(API + "/shipments", body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM shipments WHERE id = '" + id + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM lots WHERE lot_number = '" + number + "'")).isEqualTo(1);
        assertThat(sum("SELECT SUM(quantity_milli) / 1000 FROM deliveries WHERE commitment_id = '" + a.commitmentId + "'")).isEqualTo(1000);
        UUID lot = uuid("SELECT id FROM lots WHERE lot_number = '" + number + "'");
        assertThat(onHand(NATIONAL_STORE, lot)).as("stock moved once").isEqualTo(1000);
        assertConflict(API + "/shipments", with(body, "reference", "AWB other"), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void excursions() {
        UUID facility = DemoMasterData.facilityId("CDC-79");
        UUID lot = stockedLot(facility, 500);
        UUID id = Ids.newId();
        String path = API + "/excursions";
        Map<String, Object> body = map("id", id, "facilityId", facility, "startedAt", "2021-09-30T01:00:00Z",
                "durationMinutes", 300, "lowestC", 1.5, "highestC", 11.0, "note", "power cut");
        fire(path, body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM excursions WHERE id = '" + id + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM lot_holds WHERE lot_id = '" + lot + "'")).as("one hold").isEqualTo(1);
        assertConflict(path, with(body, "highestC", 12.0), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void excursionAssessments() {
        UUID facility = DemoMasterData.facilityId("CDC-48");
        UUID lot = stockedLot(facility, 500);
        UUID excursion = Ids.newId();
        call(API + "/excursions", map("id", excursion, "facilityId", facility, "startedAt", "2021-09-30T01:00:00Z",
                "durationMinutes", 300, "lowestC", 1.5, "highestC", 11.0));
        String path = API + "/excursions/" + excursion + "/assessments";
        Map<String, Object> body = map("lotId", lot, "outcome", "DISCARDED", "note", "VVM stage 4");
        // The excursion and the lot are the entry's key: each held lot is assessed once.
        fire(path, body, false).assertOneCreatedThenSame("/id", excursion);
        assertThat(count("SELECT COUNT(*) FROM excursion_assessments WHERE excursion_id = '" + excursion + "'")).isEqualTo(1);
        assertThat(onHand(facility, lot)).as("written off once").isZero();
        assertThat(count("SELECT COUNT(*) FROM stock_movements WHERE lot_id = '" + lot + "'")).isEqualTo(2);
        assertConflict(path, map("lotId", lot, "outcome", "RELEASED", "note", "VVM stage 4"), "EXCURSION_LOT_ALREADY_ASSESSED");
    }

    // ---- the registry ----

    @Test
    void persons() {
        UUID id = Ids.newId();
        Map<String, Object> body = personBody(id, "Nguyễn Văn An");
        fire(API + "/persons", body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM persons WHERE id = '" + id + "'")).isEqualTo(1);
        assertConflict(API + "/persons", with(body, "fullName", "Nguyễn Văn Bình"), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void personMerges() {
        UUID survivor = person("Trần Thị Lan");
        UUID duplicate = person("Tran Thi Lan");
        UUID id = Ids.newId();
        String path = API + "/persons/" + survivor + "/merge";
        Map<String, Object> body = map("id", id, "duplicateId", duplicate, "reason", "same person registered twice");
        fire(path, body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM person_merges WHERE id = '" + id + "'")).isEqualTo(1);
        assertConflict(path, with(body, "reason", "another reason"), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void doses() {
        UUID person = person("Lê Văn Minh");
        UUID lot = stockedLot(SITE, 100);
        UUID id = Ids.newId();
        Map<String, Object> body = map("id", id, "personId", person, "productId", abdala, "lotId", lot, "siteId", SITE, "givenOn", "2021-10-01");
        fire(API + "/doses", body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM doses WHERE person_id = '" + person + "'")).isEqualTo(1);
        assertThat(onHand(SITE, lot)).as("stock moved once").isEqualTo(99);
        assertConflict(API + "/doses", with(body, "givenOn", "2021-09-30"), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void sessions() {
        UUID id = Ids.newId();
        Map<String, Object> body = map("id", id, "siteId", SITE, "date", "2021-09-27");
        fire(API + "/sessions", body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM vaccination_sessions WHERE id = '" + id + "'")).isEqualTo(1);
        assertConflict(API + "/sessions", with(body, "date", "2021-09-26"), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void sessionVials() {
        UUID site = DemoMasterData.facilityId("SITE-01-1-2");
        UUID session = session(site, "2021-09-29");
        // Exactly one vial's doses on hand: a retry must find its opening, not count the vial twice against stock.
        UUID lot = stockedLot(site, 10);
        UUID id = Ids.newId();
        String path = API + "/sessions/" + session + "/vials";
        Map<String, Object> body = map("id", id, "lotId", lot, "count", 1);
        fire(path, body, true).assertOneCreatedThenSame("/id", session);
        assertThat(count("SELECT COUNT(*) FROM session_vials WHERE session_id = '" + session + "'")).isEqualTo(1);
        assertThat(sum("SELECT SUM(vials) FROM session_vials WHERE session_id = '" + session + "'")).isEqualTo(1);
        assertConflict(path, with(body, "count", 2), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void sessionClosing() {
        UUID site = DemoMasterData.facilityId("SITE-01-2-1");
        UUID session = session(site, "2021-09-30");
        UUID lot = stockedLot(site, 30);
        call(API + "/sessions/" + session + "/vials", map("id", Ids.newId(), "lotId", lot, "count", 1));
        // Closing takes no content: every call answers the closed session (200, as documented), and the leftover of
        // the opened vial is written off once.
        Fired fired = fire(API + "/sessions/" + session + "/close", null, false);
        fired.assertAllOkAndSame("/id", session);
        assertThat(count("SELECT COUNT(*) FROM session_closures WHERE session_id = '" + session + "'")).isEqualTo(1);
        assertThat(onHand(site, lot)).as("the opened vial's 10 doses written off once").isEqualTo(20);
    }

    // ---- adverse events and recalls ----

    @Test
    void adverseEvents() {
        UUID dose = dose();
        UUID id = Ids.newId();
        Map<String, Object> body = map("id", id, "doseId", dose, "onsetAt", "2021-10-01T14:00:00+07:00", "seriousness", "NON_SERIOUS",
                "outcome", "RECOVERING", "description", "fever");
        fire(API + "/aefi", body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM aefi_reports WHERE id = '" + id + "'")).isEqualTo(1);
        assertConflict(API + "/aefi", with(body, "description", "fever and rash"), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void adverseEventFollowups() {
        UUID report = Ids.newId();
        call(API + "/aefi", map("id", report, "doseId", dose(), "onsetAt", "2021-10-01T14:00:00+07:00", "seriousness", "NON_SERIOUS",
                "outcome", "RECOVERING", "description", "fever"));
        UUID id = Ids.newId();
        String path = API + "/aefi/" + report + "/followups";
        Map<String, Object> body = map("id", id, "outcome", "RECOVERED", "note", "well after two days");
        fire(path, body, true).assertOneCreatedThenSame("/followups/0/id", id);
        assertThat(count("SELECT COUNT(*) FROM aefi_followups WHERE report_id = '" + report + "'")).isEqualTo(1);
        assertConflict(path, with(body, "note", "well after three days"), "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void lotRecalls() {
        UUID lot = stockedLot(NATIONAL_STORE, 500);
        UUID id = Ids.newId();
        String path = API + "/lots/" + lot + "/recall";
        Map<String, Object> body = map("id", id, "reason", "quality defect reported by the maker");
        fire(path, body, true).assertOneCreatedThenSame("/id", id);
        assertThat(count("SELECT COUNT(*) FROM lot_recalls WHERE lot_id = '" + lot + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM lot_holds WHERE lot_id = '" + lot + "'")).as("one hold everywhere").isEqualTo(1);
        assertConflict(path, with(body, "reason", "another defect"), "IDEMPOTENCY_CONFLICT");
    }

    // ---- the Idempotency-Key header and the body's id ----

    @Test
    void aHeaderThatContradictsTheBodysIdIsRefusedByEveryEndpointThatTakesIt() {
        UUID any = Ids.newId();
        List<String> paths = List.of(API + "/agreements", API + "/agreements/" + any + "/deliveries",
                API + "/agreements/" + any + "/deliveries/" + any + "/reversal", API + "/lots/" + any + "/release",
                API + "/lots/" + any + "/holds", API + "/products/" + any + "/shelf-life-decisions", API + "/stock/movements",
                API + "/shipments", API + "/excursions", API + "/persons", API + "/persons/" + any + "/merge", API + "/doses",
                API + "/sessions", API + "/sessions/" + any + "/vials", API + "/aefi", API + "/aefi/" + any + "/followups",
                API + "/lots/" + any + "/recall");
        Map<String, Object> body = map("id", Ids.newId());
        for (String path : paths) {
            Answer answer = send(path, json(body), Ids.newId().toString());
            assertThat(answer.status()).as(path).isEqualTo(400);
            JsonNode problem = answer.json();
            assertThat(problem.path("code").asText()).as(path).isEqualTo("MALFORMED_REQUEST");
            assertThat(problem.path("errors").has("Idempotency-Key")).as(path + ": " + answer.body()).isTrue();
            OpenApiContract.assertValidResponse("POST", path, answer.status(), answer.contentType(), answer.body());
        }
        UUID id = Ids.newId();
        Answer agreeing = send(API + "/agreements", json(agreementBody(id, "Agreeing " + id)), id.toString());
        assertThat(agreeing.status()).as("a header that repeats the body's id is fine").isEqualTo(201);
    }

    // ---- fixtures, through the API ----

    private record Agreement(UUID id, UUID commitmentId) {
    }

    private Map<String, Object> agreementBody(UUID id, String title) {
        return map("id", id, "title", title, "fromPartnerId", DemoMasterData.partnerId(DemoMasterData.CUBA),
                "toPartnerId", DemoMasterData.partnerId(DemoMasterData.VIETNAM), "signedOn", "2021-09-01", "kind", "PURCHASE",
                "reference", "contract " + id, "commitments", List.of(map("productId", abdala, "quantity", 10_000_000,
                        "dueDate", "2021-12-31")));
    }

    private Agreement agreement() {
        UUID id = Ids.newId();
        UUID commitment = Ids.newId();
        Map<String, Object> body = agreementBody(id, "Supply " + id);
        body.put("commitments", List.of(map("id", commitment, "productId", abdala, "quantity", 10_000_000, "dueDate", "2021-12-31")));
        call(API + "/agreements", body);
        return new Agreement(id, commitment);
    }

    private static String lotNumber() {
        return "P" + SERIAL.incrementAndGet();
    }

    private Map<String, Object> lotBody(UUID id, String number) {
        return map("id", id, "productId", abdala, "lotNumber", number, "gtin", DemoMasterData.ABDALA_GTIN,
                "manufacturedOn", "2021-08-01", "labelledExpiry", "2022-02-28");
    }

    private UUID lot() {
        UUID id = Ids.newId();
        call(API + "/lots", map("lots", List.of(lotBody(id, lotNumber()))));
        return id;
    }

    private UUID releasedLot() {
        UUID lot = lot();
        call(API + "/lots/" + lot + "/release", map("id", Ids.newId(), "decision", "RELEASE", "certificateNumber", "NCL-" + lot,
                "decidedOn", "2021-09-25"));
        return lot;
    }

    private UUID stockedLot(UUID facility, long doses) {
        UUID lot = releasedLot();
        call(API + "/stock/movements", map("id", Ids.newId(), "type", "RECEIPT", "facilityId", facility, "lotId", lot,
                "quantity", doses, "occurredOn", "2021-09-26", "reference", "AWB " + lot));
        return lot;
    }

    private Map<String, Object> personBody(UUID id, String name) {
        int serial = SERIAL.incrementAndGet();
        return map("id", id, "identityType", "CCCD", "identityNumber", "00109" + String.format("%07d", serial), "fullName", name,
                "dateOfBirth", "1990-05-01", "sex", "MALE", "phone", "0912" + String.format("%06d", serial), "provinceCode", "01",
                "communeId", HANOI_COMMUNE, "priorityGroup", "HEALTH_WORKER", "confirmNotDuplicate", true);
    }

    private UUID person(String name) {
        UUID id = Ids.newId();
        call(API + "/persons", personBody(id, name));
        return id;
    }

    private UUID dose() {
        UUID lot = stockedLot(SITE, 100);
        UUID id = Ids.newId();
        call(API + "/doses", map("id", id, "personId", person("Phạm Thị Hoa"), "productId", abdala, "lotId", lot, "siteId", SITE, "givenOn", "2021-10-01"));
        return id;
    }

    private UUID session(UUID site, String date) {
        UUID id = Ids.newId();
        call(API + "/sessions", map("id", id, "siteId", site, "date", date));
        return id;
    }

    private void call(String path, Map<String, Object> body) {
        Answer answer = api.call("POST", path, admin, json(body));
        assertThat(answer.status()).as("fixture " + path + ": " + answer.body()).isEqualTo(201);
    }

    // ---- firing in parallel ----

    /** The same request {@value #RETRIES} times at once; with {@code viaHeader}, every other one names its id in the header only. */
    private Fired fire(String path, Map<String, Object> body, boolean viaHeader) {
        String full = body == null ? null : json(body);
        String headerOnly = null;
        String key = null;
        if (viaHeader) {
            Map<String, Object> withoutId = new LinkedHashMap<>(body);
            key = String.valueOf(withoutId.remove("id"));
            headerOnly = json(withoutId);
        }
        ExecutorService pool = Executors.newFixedThreadPool(RETRIES);
        CountDownLatch ready = new CountDownLatch(RETRIES);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < RETRIES; i++) {
                boolean header = viaHeader && i % 2 == 1;
                String payload = header ? headerOnly : full;
                String idKey = header ? key : null;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return send(path, payload, idKey);
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return new Fired(path, full, answers);
        } catch (Exception e) {
            throw new AssertionError("firing " + path + " failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Answer send(String path, String body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + admin)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record Fired(String path, String body, List<Answer> answers) {
        /** Statuses seen, with the first body of each failure, so a failing run says what went wrong. */
        String summary() {
            Map<Integer, Integer> statuses = new TreeMap<>();
            Map<Integer, String> firstBody = new TreeMap<>();
            for (Answer a : answers) {
                statuses.merge(a.status(), 1, Integer::sum);
                if (a.status() >= 300) {
                    firstBody.putIfAbsent(a.status(), a.body());
                }
            }
            return "POST " + path + " x" + answers.size() + ": " + statuses + (firstBody.isEmpty() ? "" : " " + firstBody);
        }

        void assertOneCreatedThenSame(String idPointer, UUID id) {
            assertThat(answers.stream().filter(a -> a.status() == 201).count()).as(summary()).isEqualTo(1);
            assertThat(answers.stream().filter(a -> a.status() == 200).count()).as(summary()).isEqualTo(answers.size() - 1);
            assertSame(idPointer, id);
            Answer created = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow();
            Answer retried = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
            OpenApiContract.assertValid("POST", path, body, created.status(), created.contentType(), created.body());
            OpenApiContract.assertValid("POST", path, body, retried.status(), retried.contentType(), retried.body());
        }

        void assertAllOkAndSame(String idPointer, UUID id) {
            assertThat(answers).as(summary()).allMatch(a -> a.status() == 200);
            assertSame(idPointer, id);
            OpenApiContract.assertValid("POST", path, body, 200, answers.get(0).contentType(), answers.get(0).body());
        }

        private void assertSame(String idPointer, UUID id) {
            assertThat(answers).as("every answer names the same entry").allSatisfy(a ->
                    assertThat(a.json().at(idPointer).asText()).as(a.body()).isEqualTo(id.toString()));
        }
    }

    private void assertConflict(String path, Map<String, Object> otherContent, String code) {
        Answer answer = api.call("POST", path, admin, json(otherContent));
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.json().path("code").asText()).as(answer.body()).isEqualTo(code);
    }

    // ---- reading the store ----

    private long count(String sql) {
        return vaxline.store().read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private long sum(String sql) {
        return vaxline.store().read(h -> h.createQuery(sql).mapTo(java.math.BigDecimal.class).findOne()
                .map(java.math.BigDecimal::longValueExact).orElse(0L));
    }

    private UUID uuid(String sql) {
        return vaxline.store().read(h -> h.createQuery(sql).mapTo(UUID.class).one());
    }

    private long onHand(UUID facility, UUID lot) {
        return sum("SELECT COALESCE(SUM(quantity), 0) FROM stock_balances WHERE facility_id = '" + facility + "' AND lot_id = '" + lot + "'");
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] instanceof UUID u ? u.toString() : pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static String json(Object body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
