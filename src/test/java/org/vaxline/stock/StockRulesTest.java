package org.vaxline.stock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockError;
import org.vaxline.stock.domain.StockMovement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.vaxline.stock.StockWorld.ADMIN;
import static org.vaxline.stock.StockWorld.HANOI_CDC;
import static org.vaxline.stock.StockWorld.HANOI_COMMUNE;
import static org.vaxline.stock.StockWorld.HANOI_MANAGER;
import static org.vaxline.stock.StockWorld.HANOI_SITE;
import static org.vaxline.stock.StockWorld.NATIONAL_STORE;
import static org.vaxline.stock.StockWorld.NIHE;
import static org.vaxline.stock.StockWorld.TODAY;

/**
 * The cold chain's rules of issue 7 on both stores: first expiry binds a store's choice of lot unless a reason is
 * recorded (and never the vial in a vaccinator's hand), transfers follow the facility tree unless the national
 * programme records why, and a movement's day is checked against the lot's making and the transfer's dispatch.
 */
class StockRulesTest {
    private static final UUID HUE_SITE = DemoMasterData.facilityId("SITE-46-1-1");
    private static final Actor HANOI_VACCINATOR = new Actor("hanoi.site", Role.SITE_VACCINATOR, HANOI_SITE, "01");

    @TempDir
    Path tempDir;
    private StockWorld world;

    @AfterEach
    void close() {
        if (world != null) {
            world.close();
        }
    }

    private StockWorld open(Dialect dialect) {
        world = new StockWorld(dialect, tempDir);
        return world;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aStoreTakingALaterLotThanAUsableEarlierOneMustSayWhyAndTheReasonStaysWithTheEntry(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID early = w.releasedLot("EARLY", "2021-12-01");
        UUID late = w.releasedLot("LATE", "2022-03-01");
        UUID quarantined = w.lot("NEWEST", "2021-11-01");
        w.receive(HANOI_CDC, early, 100);
        w.receive(HANOI_CDC, late, 100);
        w.receive(HANOI_CDC, quarantined, 100);
        int before = w.entries();

        VaxlineException refused = refused(() -> w.move(HANOI_MANAGER, StockWorld.of(MovementType.ISSUE, HANOI_CDC, late, 10)),
                StockError.FEFO_BYPASS_NEEDS_REASON);
        assertThat(refused.details()).containsEntry("earlierLotId", early).containsEntry("earlierLotNumber", "EARLY")
                .containsEntry("earlierExpiresOn", "2021-12-01");
        refused(() -> w.move(HANOI_MANAGER, StockWorld.transfer(HANOI_CDC, HANOI_COMMUNE, late, 10)), StockError.FEFO_BYPASS_NEEDS_REASON);
        assertThat(w.entries()).as("a refusal books nothing").isEqualTo(before);

        StockMovement overridden = w.move(HANOI_MANAGER, withFefoReason(StockWorld.of(MovementType.ISSUE, HANOI_CDC, late, 10),
                "  EARLY's vials show VVM stage 2  ")).get(0);
        assertThat(overridden.fefoOverrideReason()).isEqualTo("EARLY's vials show VVM stage 2");
        assertThat(w.app.stock().queries().request(overridden.requestId()).get(0).fefoOverrideReason())
                .as("read back from the ledger").isEqualTo("EARLY's vials show VVM stage 2");
        StockMovement sent = w.move(HANOI_MANAGER, withFefoReason(StockWorld.transfer(HANOI_CDC, HANOI_COMMUNE, late, 10),
                "the commune asked for the longer-dated lot")).get(0);
        assertThat(sent.fefoOverrideReason()).isEqualTo("the commune asked for the longer-dated lot");

        // The first to expire needs no reason, and records none even if one is sent; a quarantined lot is not usable.
        StockMovement first = w.move(HANOI_MANAGER, withFefoReason(StockWorld.of(MovementType.ISSUE, HANOI_CDC, early, 10), "habit")).get(0);
        assertThat(first.fefoOverrideReason()).isNull();
        w.move(HANOI_MANAGER, new MovementRequest(Ids.newId(), MovementType.WASTAGE, HANOI_CDC, early, null, 90L, TODAY, "BREAKAGE",
                null, null, null, null, null));
        assertThat(w.move(HANOI_MANAGER, StockWorld.of(MovementType.ISSUE, HANOI_CDC, late, 10)).get(0).fefoOverrideReason())
                .as("once EARLY is gone, LATE is the first usable lot").isNull();
        assertThat(w.onHand(HANOI_CDC, late)).isEqualTo(70);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void atAVaccinationSiteTheVialInHandIsUsedWithoutAReasonAlsoThroughTheDoseRegistry(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID early = w.releasedLot("EARLY", "2021-12-01");
        UUID late = w.releasedLot("LATE", "2022-03-01");
        w.receive(HANOI_SITE, early, 100);
        w.receive(HANOI_SITE, late, 100);

        StockMovement issued = w.move(HANOI_VACCINATOR, StockWorld.of(MovementType.ISSUE, HANOI_SITE, late, 10)).get(0);
        assertThat(issued.fefoOverrideReason()).isNull();

        NewPerson person = new NewPerson(Ids.newId(), IdentityType.CCCD, "001090000777", "Nguyễn Văn An", LocalDate.of(1990, 5, 1),
                Sex.MALE, "0912 345 777", "01", HANOI_COMMUNE, "HEALTH_WORKER", HANOI_SITE, true);
        UUID personId = w.app.persons().registerPerson().register(ADMIN, person).value().id();
        w.app.registry().recordDose().record(HANOI_VACCINATOR, new DoseRequest(Ids.newId(), personId, w.abdala, late, HANOI_SITE, TODAY,
                null, null));
        assertThat(w.onHand(HANOI_SITE, late)).isEqualTo(89);
        assertThat(w.onHand(HANOI_SITE, early)).isEqualTo(100);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void transfersFollowTheFacilityTreeUnlessANationalAdminSaysWhy(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID lot = w.releasedLot("T1", "2022-02-01");
        w.receive(NATIONAL_STORE, lot, 1000);
        w.receive(HANOI_CDC, lot, 1000);
        w.receive(HANOI_SITE, lot, 100);
        int before = w.entries();

        refused(() -> w.move(HANOI_MANAGER, StockWorld.transfer(HANOI_CDC, HANOI_SITE, lot, 10)), StockError.TRANSFER_OUTSIDE_HIERARCHY);
        refused(() -> w.move(HANOI_MANAGER, withRouteReason(StockWorld.transfer(HANOI_CDC, HANOI_SITE, lot, 10), "campaign")),
                StockError.TRANSFER_OUTSIDE_HIERARCHY);
        refused(() -> w.move(HANOI_VACCINATOR, StockWorld.transfer(HANOI_SITE, DemoMasterData.facilityId("SITE-01-1-2"), lot, 5)),
                StockError.TRANSFER_OUTSIDE_HIERARCHY);
        refused(() -> w.move(ADMIN, StockWorld.transfer(HANOI_SITE, HUE_SITE, lot, 5)), StockError.HIERARCHY_OVERRIDE_NEEDS_REASON);
        refused(() -> w.move(ADMIN, StockWorld.transfer(NATIONAL_STORE, HANOI_CDC, lot, 5)), StockError.HIERARCHY_OVERRIDE_NEEDS_REASON);
        assertThat(w.entries()).as("a refusal books nothing").isEqualTo(before);

        assertThat(w.move(ADMIN, StockWorld.transfer(NATIONAL_STORE, NIHE, lot, 100)).get(0).hierarchyOverrideReason()).isNull();
        assertThat(w.move(HANOI_MANAGER, StockWorld.transfer(HANOI_CDC, HANOI_COMMUNE, lot, 100)).get(0).hierarchyOverrideReason()).isNull();
        assertThat(w.move(HANOI_MANAGER, StockWorld.transfer(HANOI_CDC, NIHE, lot, 100)).get(0).hierarchyOverrideReason())
                .as("a return to the parent").isNull();
        assertThat(w.move(HANOI_VACCINATOR, StockWorld.transfer(HANOI_SITE, HANOI_COMMUNE, lot, 5)).get(0).hierarchyOverrideReason())
                .as("a site returns doses to its commune").isNull();
        StockMovement lateral = w.move(ADMIN, withRouteReason(StockWorld.transfer(HANOI_SITE, HUE_SITE, lot, 5),
                "outbreak response in Huế")).get(0);
        assertThat(lateral.hierarchyOverrideReason()).isEqualTo("outbreak response in Huế");
        assertThat(w.app.stock().queries().inTransit(HUE_SITE)).singleElement()
                .satisfies(m -> assertThat(m.hierarchyOverrideReason()).isEqualTo("outbreak response in Huế"));
        assertThat(w.onHand(HANOI_SITE, lot)).isEqualTo(90);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aMovementIsNotBeforeItsLotWasMadeNorATransferReceivedBeforeItWasSent(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID lot = w.releasedLot("M1", "2022-03-01"); // made 2021-09-01
        LocalDate made = LocalDate.parse("2021-09-01");
        VaxlineException early = refused(() -> w.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.RECEIPT, NIHE, lot, null,
                100L, made.minusDays(1), null, "AWB 1", null, null, null, null)), StockError.MOVEMENT_BEFORE_MANUFACTURE);
        assertThat(early.fieldErrors()).containsKey("occurredOn");
        assertThat(early.details()).containsEntry("manufacturedOn", "2021-09-01");
        w.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.RECEIPT, NIHE, lot, null, 100L, made, null, "AWB 1", null,
                null, null, null));
        refused(() -> w.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.ADJUSTMENT, NIHE, lot, null, -1L,
                made.minusDays(1), "count", null, null, null, null, null)), StockError.MOVEMENT_BEFORE_MANUFACTURE);
        refused(() -> w.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.TRANSFER_OUT, NIHE, lot, null, 10L,
                made.minusDays(1), null, null, HANOI_CDC, null, null, null)), StockError.MOVEMENT_BEFORE_MANUFACTURE);
        refused(() -> w.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.ISSUE, NIHE, null, w.abdala, 10L,
                made.minusDays(1), null, null, null, null, null, null)), StockError.STOCK_INSUFFICIENT);

        UUID transfer = w.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.TRANSFER_OUT, NIHE, lot, null, 60L,
                TODAY.minusDays(2), null, null, HANOI_CDC, null, null, null)).get(0).transferId();
        VaxlineException beforeSent = refused(() -> w.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.TRANSFER_IN, null,
                null, null, null, TODAY.minusDays(3), null, null, null, transfer, null, null)), StockError.TRANSFER_RECEIVED_BEFORE_SENT);
        assertThat(beforeSent.details()).containsEntry("sentOn", TODAY.minusDays(2).toString());
        List<StockMovement> arrived = w.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.TRANSFER_IN, null, null, null,
                null, TODAY.minusDays(2), null, null, null, transfer, null, null));
        assertThat(arrived.get(0).quantity()).isEqualTo(60);
        assertThat(w.onHand(HANOI_CDC, lot)).isEqualTo(60);
    }

    private static MovementRequest withFefoReason(MovementRequest r, String reason) {
        return new MovementRequest(r.id(), r.type(), r.facilityId(), r.lotId(), r.productId(), r.quantity(), r.occurredOn(),
                r.reason(), r.reference(), r.toFacilityId(), r.transferId(), r.lines(), r.reverses(), reason, r.hierarchyOverrideReason());
    }

    private static MovementRequest withRouteReason(MovementRequest r, String reason) {
        return new MovementRequest(r.id(), r.type(), r.facilityId(), r.lotId(), r.productId(), r.quantity(), r.occurredOn(),
                r.reason(), r.reference(), r.toFacilityId(), r.transferId(), r.lines(), r.reverses(), r.fefoOverrideReason(), reason);
    }

    private static VaxlineException refused(Runnable action, ErrorCode code) {
        VaxlineException refused = catchThrowableOfType(VaxlineException.class, action::run);
        assertThat(refused).as("refused with " + code).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
        return refused;
    }
}
