package org.vaxline.shipment;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.ModuleServer;
import org.vaxline.testing.ContractClient.Answer;

import java.nio.file.Path;

import java.util.Map;


import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipment API over real HTTP, in process, on SQLite; every answer is checked against the composed OpenAPI document. */
class ShipmentApiTest {
    private static final String ADMIN = "admin-token";
    private static final String PROVINCE = "province-token";
    private static final Map<String, Actor> TOKENS = Map.of(ADMIN, ShipmentWorld.ADMIN,
            PROVINCE, new Actor("hanoi.cdc", Role.PROVINCE_MANAGER, ShipmentWorld.NATIONAL_STORE, "01"));
    private static final String SHIPMENTS = "/api/v1/shipments";

    @TempDir
    Path tempDir;
    private ShipmentWorld world;
    private ModuleServer server;
    private ContractClient client;

    @BeforeEach
    void start() {
        world = new ShipmentWorld(Dialect.SQLITE, tempDir);
        server = ModuleServer.start(TOKENS, world.shipments.routes());
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

    private String shipment(UUID id, UUID agreement, String typedGtin, long typedDoses) {
        return """
                {"id": "%s", "agreementId": "%s", "facilityId": "%s", "arrivedOn": "2021-09-25", "reference": "AWB 730-1234 5675",
                 "lots": [{"lotNumber": "A2101", "gtin": "%s", "manufacturedOn": "2021-08-01", "expiresOn": "2022-02-28", "doses": %d},
                          {"gs1": "(01)08501234000016(11)210901(17)220331(10)A2102", "vials": 200}]}
                """.formatted(id, agreement, ShipmentWorld.NATIONAL_STORE, typedGtin, typedDoses);
    }

    @Test
    void receivesOnceAndNamesEveryRefusal() {
        UUID id = Ids.newId();
        String body = shipment(id, world.agreement, ShipmentWorld.GTIN, 1_000);
        Answer created = client.call("POST", SHIPMENTS, ADMIN, body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).hasValue(SHIPMENTS + "/" + id);
        JsonNode shipment = created.json();
        assertThat(shipment.path("totalDoses").asLong()).isEqualTo(3_000);
        assertThat(shipment.path("lots").get(1).path("lotNumber").asText()).isEqualTo("A2102");
        assertThat(shipment.path("lots").get(1).path("doses").asLong()).isEqualTo(2_000);
        assertThat(shipment.path("lots").get(0).path("status").asText()).isEqualTo("QUARANTINED");
        assertThat(client.call("POST", SHIPMENTS, ADMIN, body).status()).isEqualTo(200);
        assertThat(world.delivered()).isEqualTo(3_000);

        JsonNode read = client.call("GET", SHIPMENTS + "/" + id, PROVINCE, null).json();
        assertThat(read.path("deliveryId").asText()).isEqualTo(shipment.path("deliveryId").asText());
        assertThat(client.call("GET", SHIPMENTS + "?agreement=" + world.agreement + "&limit=1", PROVINCE, null).json()
                .path("items")).hasSize(1);
        assertThat(client.call("GET", SHIPMENTS + "/" + Ids.newId(), PROVINCE, null).status()).isEqualTo(404);

        Answer conflict = client.call("POST", SHIPMENTS, ADMIN, shipment(id, world.agreement, ShipmentWorld.GTIN, 900));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().path("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");

        Answer beyond = client.call("POST", SHIPMENTS, ADMIN, shipment(Ids.newId(), world.agreement, ShipmentWorld.GTIN, 8_000));
        assertThat(beyond.status()).isEqualTo(422);
        assertThat(beyond.json().path("code").asText()).isEqualTo("DELIVERY_EXCEEDS_COMMITMENT");
        assertThat(beyond.json().path("errors").has("lots")).isTrue();

        Answer badGtin = client.call("POST", SHIPMENTS, ADMIN, shipment(Ids.newId(), world.agreement, "08501234000017", 10));
        assertThat(badGtin.status()).isEqualTo(422);
        assertThat(badGtin.json().path("errors").path("lots[0].gtin").asText()).contains("check digit");

        Answer unknownField = client.callMalformed("POST", SHIPMENTS, ADMIN,
                shipment(Ids.newId(), world.agreement, ShipmentWorld.GTIN, 10).replace("\"reference\"", "\"waybill\""));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("errors").has("waybill")).isTrue();

        assertThat(client.call("POST", SHIPMENTS, PROVINCE, shipment(Ids.newId(), world.agreement, ShipmentWorld.GTIN, 10))
                .status()).isEqualTo(403);
        Answer noAgreement = client.call("POST", SHIPMENTS, ADMIN, shipment(Ids.newId(), Ids.newId(), ShipmentWorld.GTIN, 10));
        assertThat(noAgreement.status()).isEqualTo(422);
        assertThat(noAgreement.json().path("errors").has("agreementId")).isTrue();
        assertThat(world.delivered()).isEqualTo(3_000);
    }
}
