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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.stock.StockWorld.HANOI_CDC;
import static org.vaxline.stock.StockWorld.HANOI_COMMUNE;
import static org.vaxline.stock.StockWorld.HANOI_SITE;
import static org.vaxline.stock.StockWorld.NIHE;

/**
 * Issue 7's stock rules over real HTTP, every answer checked against the OpenAPI document: a retry's content, the
 * first-expiry and hierarchy overrides with their named refusals, and the dates a movement depends on.
 */
class StockRulesApiTest {
    private static final String MOVEMENTS = "/api/v1/stock/movements";

    @TempDir
    Path tempDir;
    private StockWorld world;
    private HttpServer server;
    private ContractClient api;
    private String admin;
    private String province;

    @BeforeEach
    void start() {
        world = new StockWorld(Dialect.SQLITE, tempDir);
        Map<String, String> tokens = world.app.access().service().ensureDemoUsers(Actor.operator("test"),
                DemoUser.onePerRole(HANOI_CDC, HANOI_SITE));
        admin = tokens.get("admin");
        province = tokens.get("province");
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
    void aUsedIdWithOtherContentIs409AndTheSameContent200() {
        UUID lot = world.releasedLot("A1", "2022-03-01");
        world.receive(HANOI_CDC, lot, 100);
        UUID id = Ids.newId();
        Map<String, Object> plus5 = body("ADJUSTMENT", HANOI_CDC, 5, "lotId", lot, "reason", "stock count");
        assertThat(post(id, province, plus5).status()).isEqualTo(201);
        Answer again = post(id, province, plus5);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("entries").get(0).path("quantity").asLong()).isEqualTo(5);

        Answer minus5 = post(id, province, body("ADJUSTMENT", HANOI_CDC, -5, "lotId", lot, "reason", "stock count"));
        assertThat(minus5.status()).isEqualTo(409);
        assertThat(minus5.json().path("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");
        Answer otherReference = post(id, province, body("ADJUSTMENT", HANOI_CDC, 5, "lotId", lot, "reason", "stock count",
                "reference", "count sheet 7"));
        assertThat(otherReference.status()).isEqualTo(409);
        assertThat(world.onHand(HANOI_CDC, lot)).isEqualTo(105);
    }

    @Test
    void aLaterLotNeedsFefoOverrideReasonAndTheRefusalNamesTheEarlierLot() {
        UUID early = world.releasedLot("EARLY", "2021-12-01");
        UUID late = world.releasedLot("LATE", "2022-03-01");
        world.receive(HANOI_CDC, early, 100);
        world.receive(HANOI_CDC, late, 100);

        Answer refused = post(Ids.newId(), province, body("ISSUE", HANOI_CDC, 10, "lotId", late));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("code").asText()).isEqualTo("FEFO_BYPASS_NEEDS_REASON");
        assertThat(refused.json().path("earlierLotId").asText()).isEqualTo(early.toString());
        assertThat(refused.json().path("earlierLotNumber").asText()).isEqualTo("EARLY");
        assertThat(refused.json().path("earlierExpiresOn").asText()).isEqualTo("2021-12-01");
        assertThat(refused.json().path("errors").has("fefoOverrideReason")).isTrue();

        Answer overridden = post(Ids.newId(), province, body("TRANSFER_OUT", HANOI_CDC, 10, "lotId", late,
                "toFacilityId", HANOI_COMMUNE, "fefoOverrideReason", "EARLY is kept for the school campaign"));
        assertThat(overridden.status()).isEqualTo(201);
        assertThat(overridden.json().path("entries").get(0).path("fefoOverrideReason").asText())
                .isEqualTo("EARLY is kept for the school campaign");
    }

    @Test
    void aTransferOutsideTheTreeIsRefusedUnlessANationalAdminSaysWhy() {
        UUID lot = world.releasedLot("T1", "2022-03-01");
        world.receive(HANOI_CDC, lot, 100);

        Answer manager = post(Ids.newId(), province, body("TRANSFER_OUT", HANOI_CDC, 10, "lotId", lot, "toFacilityId", HANOI_SITE,
                "hierarchyOverrideReason", "campaign"));
        assertThat(manager.status()).isEqualTo(422);
        assertThat(manager.json().path("code").asText()).isEqualTo("TRANSFER_OUTSIDE_HIERARCHY");
        assertThat(manager.json().path("errors").has("toFacilityId")).isTrue();
        Answer noReason = post(Ids.newId(), admin, body("TRANSFER_OUT", HANOI_CDC, 10, "lotId", lot, "toFacilityId", HANOI_SITE));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().path("code").asText()).isEqualTo("HIERARCHY_OVERRIDE_NEEDS_REASON");
        Answer national = post(Ids.newId(), admin, body("TRANSFER_OUT", HANOI_CDC, 10, "lotId", lot, "toFacilityId", HANOI_SITE,
                "hierarchyOverrideReason", "campaign: straight to the site"));
        assertThat(national.status()).isEqualTo(201);
        assertThat(national.json().path("entries").get(0).path("hierarchyOverrideReason").asText()).isEqualTo("campaign: straight to the site");
        assertThat(world.onHand(HANOI_CDC, lot)).isEqualTo(90);
    }

    @Test
    void aMovementBeforeTheLotWasMadeOrAReceiptBeforeTheDispatchIsRefused() {
        UUID lot = world.releasedLot("M1", "2022-03-01"); // made 2021-09-01
        Answer beforeMade = post(Ids.newId(), admin, body("RECEIPT", NIHE, 100, "lotId", lot, "occurredOn", "2021-08-31"));
        assertThat(beforeMade.status()).isEqualTo(422);
        assertThat(beforeMade.json().path("code").asText()).isEqualTo("MOVEMENT_BEFORE_MANUFACTURE");
        assertThat(beforeMade.json().path("manufacturedOn").asText()).isEqualTo("2021-09-01");
        assertThat(beforeMade.json().path("errors").has("occurredOn")).isTrue();

        world.receive(NIHE, lot, 100);
        UUID transfer = Ids.newId();
        assertThat(post(transfer, admin, body("TRANSFER_OUT", NIHE, 60, "lotId", lot, "toFacilityId", HANOI_CDC)).status()).isEqualTo(201);
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("type", "TRANSFER_IN");
        receipt.put("transferId", transfer);
        receipt.put("occurredOn", "2021-09-30");
        Answer beforeSent = api.call("POST", MOVEMENTS, province, json(receipt));
        assertThat(beforeSent.status()).isEqualTo(422);
        assertThat(beforeSent.json().path("code").asText()).isEqualTo("TRANSFER_RECEIVED_BEFORE_SENT");
        assertThat(beforeSent.json().path("sentOn").asText()).isEqualTo("2021-10-01");
        receipt.put("occurredOn", "2021-10-01");
        assertThat(api.call("POST", MOVEMENTS, province, json(receipt)).status()).isEqualTo(201);
        assertThat(world.onHand(HANOI_CDC, lot)).isEqualTo(60);
    }

    private Answer post(UUID id, String token, Map<String, Object> body) {
        body.put("id", id);
        return api.call("POST", MOVEMENTS, token, json(body));
    }

    /** A movement on 2021-10-01 unless {@code occurredOn} is among the extra members. */
    private static Map<String, Object> body(String type, UUID facility, long quantity, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("facilityId", facility);
        body.put("quantity", quantity);
        body.put("occurredOn", "2021-10-01");
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
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
