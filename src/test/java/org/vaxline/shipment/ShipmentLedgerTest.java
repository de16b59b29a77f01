package org.vaxline.shipment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.agreement.domain.AgreementError;
import org.vaxline.lot.domain.LotError;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.shipment.application.ReceivedShipment;
import org.vaxline.shipment.domain.NewShipment;
import org.vaxline.shipment.domain.Shipment;
import org.vaxline.shipment.domain.ShipmentError;
import org.vaxline.shipment.domain.ShipmentLot;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.shipment.ShipmentWorld.ADMIN;
import static org.vaxline.shipment.ShipmentWorld.NATIONAL_STORE;
import static org.vaxline.shipment.ShipmentWorld.scanned;
import static org.vaxline.shipment.ShipmentWorld.typed;

/** Receiving shipments on a real SQLite file and a real PostgreSQL server: all or nothing, once. */
class ShipmentLedgerTest {
    /** Raw, as a scanner sends it: (01)(10) then a GS to end the variable-length lot, then (17) and (11). */
    static final String RAW = "0108501234000016" + "10A2102" + "\u001d" + "17220331" + "11210901";
    static final String DIGITAL_LINK = "https://id.gs1.org/01/08501234000016/10/A2103?17=220430&11=210915";

    @TempDir
    Path tempDir;
    private ShipmentWorld world;

    private ShipmentWorld open(Dialect dialect) {
        world = new ShipmentWorld(dialect, tempDir);
        return world;
    }

    @AfterEach
    void close() {
        if (world != null) {
            world.close();
        }
    }

    private Recorded<Shipment> receive(NewShipment shipment) {
        return world.shipments.receiveShipment().receive(ADMIN, shipment);
    }

    private void assertRefused(NewShipment shipment, ErrorCode code, Consumer<VaxlineException> also) {
        List<Integer> before = world.rows();
        long delivered = world.delivered();
        assertThatThrownBy(() -> receive(shipment)).isInstanceOfSatisfying(VaxlineException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            also.accept(e);
        });
        assertThat(world.rows()).as("rows in lots, deliveries, stock_movements, shipments, shipment_lots").isEqualTo(before);
        assertThat(world.delivered()).isEqualTo(delivered);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aShipmentOfTypedAndScannedLotsMovesTheCommitmentRegistersQuarantinedLotsAndPutsTheDosesOnHand(Dialect dialect) {
        ShipmentWorld w = open(dialect);
        UUID id = Ids.newId();
        NewShipment shipment = w.shipment(id, typed("A2101", "2021-08-01", "2022-02-28", 1_000L, null),
                scanned(RAW, null, 200L), scanned(DIGITAL_LINK, 500L, 50L));

        Recorded<Shipment> recorded = receive(shipment);

        assertThat(recorded.isNew()).isTrue();
        Shipment s = recorded.value();
        assertThat(s.commitmentId()).isEqualTo(w.commitment);
        assertThat(s.totalDoses()).isEqualTo(3_500);
        assertThat(s.lots()).extracting(ShipmentLot::lotNumber, ShipmentLot::doses, ShipmentLot::vials)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A2101", 1_000L, 100L),
                        org.assertj.core.groups.Tuple.tuple("A2102", 2_000L, 200L),
                        org.assertj.core.groups.Tuple.tuple("A2103", 500L, 50L));
        assertThat(s.lots().get(1).expiresOn()).hasToString("2022-03-31");
        assertThat(s.lots().get(1).manufacturedOn()).hasToString("2021-09-01");
        assertThat(s.lots().get(2).expiresOn()).hasToString("2022-04-30");
        assertThat(w.delivered()).isEqualTo(3_500);
        assertThat(w.app.agreements().queries().delivery(w.agreement, s.deliveryId()).reference()).isEqualTo("AWB 730-1234 5675");
        ReceivedShipment read = w.shipments.queries().find(id);
        assertThat(read.lotStatus().values()).hasSize(3).containsOnly(LotStatus.QUARANTINED);
        assertThat(w.onHand(NATIONAL_STORE, s.lots().get(0).lotId())).isEqualTo(1_000);
        assertThat(w.onHand(NATIONAL_STORE, s.lots().get(1).lotId())).isEqualTo(2_000);
        assertThat(w.onHand(NATIONAL_STORE, s.lots().get(2).lotId())).isEqualTo(500);
        assertThat(w.app.stock().queries().request(s.lots().get(0).stockRequestId())).singleElement()
                .satisfies(m -> assertThat(m.reference()).isEqualTo("AWB 730-1234 5675"));

        List<Integer> rows = w.rows();
        Recorded<Shipment> retry = receive(shipment);
        assertThat(retry.isNew()).isFalse();
        assertThat(retry.value().lots()).extracting(ShipmentLot::lotId).isEqualTo(s.lots().stream().map(ShipmentLot::lotId).toList());
        assertThat(w.rows()).isEqualTo(rows);
        assertThat(w.delivered()).isEqualTo(3_500);
        assertThat(w.shipments.queries().page(w.agreement, null, 10).items()).hasSize(1);
        assertThat(w.shipments.queries().page(Ids.newId(), null, 10).items()).isEmpty();

        assertRefused(w.shipment(id, typed("A2101", "2021-08-01", "2022-02-28", 900L, null)), PlatformError.IDEMPOTENCY_CONFLICT,
                e -> assertThat(e.fieldErrors()).containsKey("id"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyBadLineIsNamedByItsPathAndNothingIsWritten(Dialect dialect) {
        ShipmentWorld w = open(dialect);
        NewShipment bad = w.shipment(Ids.newId(),
                new NewShipment.Line("B1", "08501234000017", java.time.LocalDate.parse("2021-08-01"),
                        java.time.LocalDate.parse("2022-02-01"), 100L, null, null),
                typed("B2", "2021-08-01", "2021-07-31", 100L, null),
                typed("B3", "2021-08-01", "2022-02-01", 100L, 5L),
                new NewShipment.Line("A9999", null, null, null, 100L, null, RAW),
                scanned("(01)08501234000017(17)220331(10)B5", 100L, null),
                typed("B6", "2021-08-01", "2022-02-01", null, null));

        assertRefused(bad, ShipmentError.SHIPMENT_INVALID, e -> {
            assertThat(e.fieldErrors()).containsOnlyKeys("lots[0].gtin", "lots[1].expiresOn", "lots[2].doses", "lots[3].gs1",
                    "lots[4].gs1", "lots[5].doses");
            assertThat(e.fieldErrors().get("lots[0].gtin")).contains("check digit");
            assertThat(e.fieldErrors().get("lots[3].gs1")).contains("(10)").contains("A2102").contains("A9999");
            assertThat(e.fieldErrors().get("lots[4].gs1")).contains("AI (01)").contains("check digit");
        });
        assertRefused(new NewShipment(Ids.newId(), w.agreement, null, NATIONAL_STORE, ShipmentWorld.TODAY.plusDays(1), " ",
                null, List.of(typed("C1", "2021-10-01", "2022-02-01", 10L, null))), ShipmentError.SHIPMENT_INVALID,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("arrivedOn", "reference"));
        assertRefused(w.shipment(Ids.newId(), typed("C2", "2021-08-01", "2021-09-20", 10L, null)), ShipmentError.SHIPMENT_INVALID,
                e -> assertThat(e.fieldErrors()).containsKey("lots[0].expiresOn"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDeliveryBeyondTheCommitmentFailsTheWholeShipmentUnlessMarkedAsAnOverDelivery(Dialect dialect) {
        ShipmentWorld w = open(dialect);
        receive(w.shipment(Ids.newId(), typed("D1", "2021-08-01", "2022-02-28", 9_000L, null)));
        NewShipment beyond = w.shipment(Ids.newId(), typed("D2", "2021-08-01", "2022-02-28", 1_000L, null),
                scanned(RAW, 100L, null));

        assertRefused(beyond, AgreementError.DELIVERY_EXCEEDS_COMMITMENT, e -> {
            assertThat(e.fieldErrors()).containsOnlyKeys("lots");
            assertThat(e.details()).containsEntry("unit", "doses");
        });

        NewShipment marked = new NewShipment(beyond.id(), beyond.agreementId(), w.commitment, beyond.facilityId(),
                beyond.arrivedOn(), beyond.reference(), true, beyond.lots());
        assertThat(receive(marked).value().overDelivery()).isTrue();
        assertThat(w.delivered()).isEqualTo(10_100);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aLotAlreadyRegisteredIsReceivedAgainButNotWithOtherDates(Dialect dialect) {
        ShipmentWorld w = open(dialect);
        Shipment first = receive(w.shipment(Ids.newId(), typed("E1", "2021-08-01", "2022-02-28", 1_000L, null))).value();
        Shipment second = receive(w.shipment(Ids.newId(), typed("E1", "2021-08-01", "2022-02-28", 500L, null))).value();
        assertThat(second.lots().get(0).lotId()).isEqualTo(first.lots().get(0).lotId());
        assertThat(w.onHand(NATIONAL_STORE, first.lots().get(0).lotId())).isEqualTo(1_500);

        assertRefused(w.shipment(Ids.newId(), typed("E2", "2021-08-01", "2022-02-28", 10L, null),
                        typed("E1", "2021-08-01", "2022-03-31", 10L, null)), LotError.LOT_NUMBER_TAKEN,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("lots[1].lotNumber"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyANationalAdminReceivesAndOnlyAgainstAProductCommitment(Dialect dialect) {
        ShipmentWorld w = open(dialect);
        UUID rice = Ids.newId();
        UUID transfer = Ids.newId();
        UUID other = w.riceAndTransferAgreement(rice, transfer);
        NewShipment.Line line = typed("F1", "2021-08-01", "2022-02-28", 10L, null);

        assertRefused(new NewShipment(Ids.newId(), other, rice, NATIONAL_STORE, ShipmentWorld.ARRIVED, "AWB", null, List.of(line)),
                ShipmentError.SHIPMENT_COMMITMENT_NOT_RECEIVABLE, e -> assertThat(e.fieldErrors()).containsKey("commitmentId"));
        assertRefused(new NewShipment(Ids.newId(), other, transfer, NATIONAL_STORE, ShipmentWorld.ARRIVED, "AWB", null, List.of(line)),
                ShipmentError.SHIPMENT_COMMITMENT_NOT_RECEIVABLE, e -> assertThat(e.fieldErrors()).containsKey("commitmentId"));
        assertRefused(new NewShipment(Ids.newId(), other, null, NATIONAL_STORE, ShipmentWorld.ARRIVED, "AWB", null, List.of(line)),
                ShipmentError.SHIPMENT_INVALID, e -> assertThat(e.fieldErrors()).containsKey("commitmentId"));
        assertRefused(new NewShipment(Ids.newId(), Ids.newId(), null, NATIONAL_STORE, ShipmentWorld.ARRIVED, "AWB", null, List.of(line)),
                ShipmentError.SHIPMENT_INVALID, e -> assertThat(e.fieldErrors()).containsKey("agreementId"));
        assertRefused(new NewShipment(Ids.newId(), w.agreement, null, Ids.newId(), ShipmentWorld.ARRIVED, "AWB", null, List.of(line)),
                ShipmentError.SHIPMENT_INVALID, e -> assertThat(e.fieldErrors()).containsKey("facilityId"));
        assertRefused(new NewShipment(Ids.newId(), w.agreement, Ids.newId(), NATIONAL_STORE, ShipmentWorld.ARRIVED, "AWB", null, List.of(line)),
                ShipmentError.SHIPMENT_INVALID, e -> assertThat(e.fieldErrors()).containsKey("commitmentId"));

        Actor province = new Actor("hanoi.cdc", Role.PROVINCE_MANAGER, NATIONAL_STORE, "01");
        List<Integer> before = w.rows();
        assertThatThrownBy(() -> w.shipments.receiveShipment().receive(province, w.shipment(Ids.newId(), line)))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code()).isEqualTo(PlatformError.FORBIDDEN));
        assertThat(w.rows()).isEqualTo(before);
    }
}
