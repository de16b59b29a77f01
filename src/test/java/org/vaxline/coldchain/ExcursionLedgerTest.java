package org.vaxline.coldchain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.coldchain.application.ExcursionReport;
import org.vaxline.coldchain.application.ExcursionRequest;
import org.vaxline.coldchain.domain.ColdChainError;
import org.vaxline.coldchain.domain.ExcursionLot;
import org.vaxline.lot.domain.HoldOutcome;
import org.vaxline.lot.domain.HoldSource;
import org.vaxline.lot.domain.LotError;
import org.vaxline.lot.domain.LotState;
import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.coldchain.ColdChainWorld.ADMIN;
import static org.vaxline.coldchain.ColdChainWorld.HANOI_CDC;
import static org.vaxline.coldchain.ColdChainWorld.HANOI_MANAGER;
import static org.vaxline.coldchain.ColdChainWorld.HANOI_SITE;
import static org.vaxline.coldchain.ColdChainWorld.HANOI_VACCINATOR;
import static org.vaxline.coldchain.ColdChainWorld.HUE_CDC;
import static org.vaxline.coldchain.ColdChainWorld.excursion;

/** Excursions, the holds they place and their assessments, on a real SQLite file and a real PostgreSQL server. */
class ExcursionLedgerTest {
    @TempDir
    Path tempDir;
    private ColdChainWorld world;

    private ColdChainWorld open(Dialect dialect) {
        world = new ColdChainWorld(dialect, tempDir);
        return world;
    }

    @AfterEach
    void close() {
        if (world != null) {
            world.close();
        }
    }

    private static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private LotState state(UUID lot) {
        return world.app.lots().availability().state(lot).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anExcursionOutsideTwoToEightHoldsTheLotsThereAndSparesAnotherFacilitys(Dialect dialect) {
        ColdChainWorld w = open(dialect);
        UUID lot = w.releasedLot("A2108", "2022-02-01");
        w.receive(HANOI_CDC, lot, 500);
        w.receive(HUE_CDC, lot, 300);
        UUID id = Ids.newId();

        ExcursionReport report = w.record(HANOI_MANAGER, excursion(id, HANOI_CDC, -2, 12)).value();

        assertThat(report.open()).isTrue();
        assertThat(report.spared()).isEmpty();
        assertThat(report.affected()).singleElement().satisfies(l -> {
            assertThat(l.lotId()).isEqualTo(lot);
            assertThat(l.lotNumber()).isEqualTo("A2108");
            assertThat(l.productId()).isEqualTo(w.abdala);
            assertThat(l.dosesOnHand()).isEqualTo(500);
            assertThat(l.holdId()).isEqualTo(Ids.fromName("excursion:" + id + ":lot:" + lot));
        });
        assertThat(state(lot).heldAtFacilities()).containsExactly(HANOI_CDC);
        assertThat(w.app.lots().queries().detail(lot).holds()).singleElement().satisfies(h -> {
            assertThat(h.source()).isEqualTo(HoldSource.EXCURSION);
            assertThat(h.sourceId()).isEqualTo(id);
            assertThat(h.placedBy()).isEqualTo("hanoi.cdc");
        });
        assertRefused(() -> w.move(ADMIN, ColdChainWorld.transfer(HANOI_CDC, HANOI_SITE, lot, 10)), LotError.LOT_ON_HOLD);
        w.move(ADMIN, ColdChainWorld.transfer(HUE_CDC, org.vaxline.masterdata.demo.DemoMasterData.facilityId("COMMUNE-46-1"), lot, 10));
        assertThat(w.onHand(HUE_CDC, lot)).isEqualTo(290);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void firstExpiryFirstOutSkipsAHeldLot(Dialect dialect) {
        ColdChainWorld w = open(dialect);
        UUID early = w.releasedLot("EARLY", "2021-12-01");
        w.receive(HANOI_CDC, early, 100);
        w.record(ADMIN, excursion(Ids.newId(), HANOI_CDC, 1, 9));
        UUID late = w.releasedLot("LATE", "2022-03-01");
        w.receive(HANOI_CDC, late, 100);

        List<StockMovement> issued = w.move(ADMIN, ColdChainWorld.issueByProduct(HANOI_CDC, w.abdala, 60));
        assertThat(issued).extracting(StockMovement::lotId).containsExactly(late);
        assertThat(w.onHand(HANOI_CDC, early)).isEqualTo(100);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void releasedPutsTheLotBackToUseAndDiscardedWritesItsDosesOffAsTemperatureWastage(Dialect dialect) {
        ColdChainWorld w = open(dialect);
        UUID kept = w.releasedLot("KEPT", "2022-02-01");
        UUID lost = w.releasedLot("LOST", "2022-02-01");
        w.receive(HANOI_CDC, kept, 200);
        w.receive(HANOI_CDC, lost, 150);
        w.receive(HUE_CDC, lost, 40);
        UUID id = w.record(HANOI_MANAGER, excursion(Ids.newId(), HANOI_CDC, 4, 15)).value().excursion().id();

        ExcursionReport afterRelease = w.assess(HANOI_MANAGER, id, kept, HoldOutcome.RELEASED).value();
        assertThat(afterRelease.open()).isTrue();
        assertThat(state(kept).heldAtFacilities()).isEmpty();
        w.move(HANOI_MANAGER, ColdChainWorld.transfer(HANOI_CDC, org.vaxline.masterdata.demo.DemoMasterData.facilityId("COMMUNE-01-1"), kept, 10));

        ExcursionReport settled = w.assess(HANOI_MANAGER, id, lost, HoldOutcome.DISCARDED).value();
        assertThat(settled.open()).isFalse();
        ExcursionLot discarded = settled.affected().stream().filter(l -> l.lotId().equals(lost)).findFirst().orElseThrow();
        assertThat(discarded.assessment().dosesDiscarded()).isEqualTo(150);
        assertThat(w.onHand(HANOI_CDC, lost)).isZero();
        assertThat(w.onHand(HUE_CDC, lost)).isEqualTo(40);
        assertThat(w.app.stock().queries().request(discarded.assessment().wastageRequestId())).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MovementType.WASTAGE);
            assertThat(m.reason()).isEqualTo("TEMPERATURE");
            assertThat(m.quantity()).isEqualTo(-150);
        });
        assertThat(state(lost).heldAtFacilities()).isEmpty();

        // Assessed once: the same assessment retried finds it, another is refused, and nothing more is written off.
        assertThat(w.assess(HANOI_MANAGER, id, lost, HoldOutcome.DISCARDED).isNew()).isFalse();
        assertRefused(() -> w.assess(HANOI_MANAGER, id, kept, HoldOutcome.DISCARDED), ColdChainError.EXCURSION_LOT_ALREADY_ASSESSED);
        assertThat(w.onHand(HANOI_CDC, kept)).isEqualTo(190);
        assertThat(w.coldChain.queries().page(HANOI_CDC, true, null, 10).items()).isEmpty();
        assertThat(w.coldChain.queries().page(HANOI_CDC, false, null, 10).items()).hasSize(1);
        assertThat(w.app.stock().rebuildBalances().matched()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anExcursionWithinTheStorageRangeHoldsNothing(Dialect dialect) {
        ColdChainWorld w = open(dialect);
        UUID lot = w.releasedLot("OK1", "2022-02-01");
        w.receive(HANOI_CDC, lot, 100);

        ExcursionReport report = w.record(ADMIN, excursion(Ids.newId(), HANOI_CDC, 2, 8)).value();

        assertThat(report.affected()).isEmpty();
        assertThat(report.spared()).singleElement().satisfies(l -> {
            assertThat(l.lotId()).isEqualTo(lot);
            assertThat(l.holdId()).isNull();
            assertThat(l.dosesOnHand()).isEqualTo(100);
        });
        assertThat(report.open()).isFalse();
        assertThat(state(lot).heldAtFacilities()).isEmpty();
        assertThat(w.count("lot_holds")).isZero();
        assertRefused(() -> w.assess(ADMIN, report.excursion().id(), lot, HoldOutcome.RELEASED), ColdChainError.EXCURSION_LOT_NOT_HELD);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void badInputIsNamedAndNothingIsWritten(Dialect dialect) {
        ColdChainWorld w = open(dialect);
        UUID lot = w.releasedLot("B1", "2022-02-01");
        w.receive(HANOI_CDC, lot, 100);

        assertThatThrownBy(() -> w.record(ADMIN, new ExcursionRequest(Ids.newId(), HANOI_CDC, null, ColdChainWorld.NOW, 0, 12.0, -2.0, null)))
                .isInstanceOfSatisfying(VaxlineException.class, e -> {
                    assertThat(e.code()).isEqualTo(ColdChainError.EXCURSION_INVALID);
                    assertThat(e.fieldErrors()).containsKeys("durationMinutes", "lowestC");
                });
        assertThatThrownBy(() -> w.record(ADMIN, new ExcursionRequest(Ids.newId(), HANOI_CDC, null, ColdChainWorld.NOW.plusSeconds(3600),
                null, null, 5.0, null))).isInstanceOfSatisfying(VaxlineException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("startedAt", "durationMinutes", "lowestC"));
        assertRefused(() -> w.record(ADMIN, excursion(Ids.newId(), Ids.newId(), -2, 12)), PlatformError.NOT_FOUND);
        assertThatThrownBy(() -> w.record(ADMIN, new ExcursionRequest(Ids.newId(), HANOI_CDC, Ids.newId(), ColdChainWorld.NOW, 30, -2.0, 12.0, null)))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.fieldErrors()).containsKey("shipmentId"));
        assertRefused(() -> w.record(new org.vaxline.platform.security.Actor("hue.cdc", org.vaxline.platform.security.Role.PROVINCE_MANAGER,
                HUE_CDC, "46"), excursion(Ids.newId(), HANOI_CDC, -2, 12)), PlatformError.FORBIDDEN);

        assertThat(w.count("excursions")).isZero();
        assertThat(w.count("excursion_lots")).isZero();
        assertThat(w.count("lot_holds")).isZero();
        assertThat(state(lot).heldAtFacilities()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRetryWithTheSameIdRecordsNothingMoreAndOtherContentIsRefused(Dialect dialect) {
        ColdChainWorld w = open(dialect);
        UUID lot = w.releasedLot("R1", "2022-02-01");
        w.receive(HANOI_CDC, lot, 100);
        UUID id = Ids.newId();
        ExcursionReport first = w.record(ADMIN, excursion(id, HANOI_CDC, -2, 12)).value();
        w.receive(HANOI_CDC, w.releasedLot("R2", "2022-02-01"), 50);

        var retry = w.record(ADMIN, excursion(id, HANOI_CDC, -2, 12));
        assertThat(retry.isNew()).isFalse();
        assertThat(retry.value().affected()).isEqualTo(first.affected());
        assertThat(w.count("lot_holds")).isEqualTo(1);
        assertRefused(() -> w.record(ADMIN, excursion(id, HANOI_CDC, -3, 12)), PlatformError.IDEMPOTENCY_CONFLICT);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aVaccinatorStopsUseAtTheirSiteAtOnceButMayNotReleaseOrDiscard(Dialect dialect) {
        ColdChainWorld w = open(dialect);
        UUID lot = w.releasedLot("V1", "2022-02-01");
        w.receive(HANOI_SITE, lot, 30);
        w.receive(HANOI_CDC, lot, 30);
        assertRefused(() -> w.record(HANOI_VACCINATOR, excursion(Ids.newId(), HANOI_CDC, -2, 12)), PlatformError.FORBIDDEN);

        ExcursionReport report = w.record(HANOI_VACCINATOR, excursion(Ids.newId(), HANOI_SITE, 0, 25)).value();

        assertThat(report.excursion().recordedBy()).isEqualTo("site.vacc");
        assertThat(state(lot).heldAtFacilities()).containsExactly(HANOI_SITE);
        assertThat(w.app.lots().queries().detail(lot).holds()).singleElement().satisfies(h -> {
            assertThat(h.placedBy()).isEqualTo("cold-chain for site.vacc");
            assertThat(h.reason()).contains("recorded by site.vacc");
        });
        assertRefused(() -> w.assess(HANOI_VACCINATOR, report.excursion().id(), lot, HoldOutcome.DISCARDED), PlatformError.FORBIDDEN);
        assertThat(w.count("excursion_assessments")).isZero();
        assertThat(w.onHand(HANOI_SITE, lot)).isEqualTo(30);
        assertThat(state(lot).heldAtFacilities()).containsExactly(HANOI_SITE);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onAShipmentTheShipmentsLotsAreHeldAtTheReceivingFacility(Dialect dialect) {
        UUID shipment = Ids.newId();
        List<UUID> carried = new java.util.ArrayList<>();
        world = new ColdChainWorld(dialect, tempDir, id -> id.equals(shipment) ? Optional.of(List.copyOf(carried)) : Optional.empty());
        ColdChainWorld w = world;
        UUID onBoard = w.releasedLot("SHIP1", "2022-02-01");
        UUID other = w.releasedLot("HOME", "2022-02-01");
        carried.add(onBoard);
        w.receive(HANOI_CDC, onBoard, 1_000);
        w.receive(HANOI_CDC, other, 100);

        ExcursionReport report = w.record(ADMIN, new ExcursionRequest(Ids.newId(), HANOI_CDC, shipment,
                ColdChainWorld.NOW.minusSeconds(7200), 90, 9.0, 14.0, "data logger alarm")).value();

        assertThat(report.affected()).extracting(ExcursionLot::lotId).containsExactly(onBoard);
        assertThat(state(other).heldAtFacilities()).isEmpty();
        assertRefused(() -> w.record(ADMIN, new ExcursionRequest(Ids.newId(), HANOI_CDC, Ids.newId(), ColdChainWorld.NOW, 90, 9.0,
                14.0, null)), PlatformError.NOT_FOUND);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theLedgersAreNeverRewritten(Dialect dialect) {
        ColdChainWorld w = open(dialect);
        UUID lot = w.releasedLot("L1", "2022-02-01");
        w.receive(HANOI_CDC, lot, 10);
        w.record(ADMIN, excursion(Ids.newId(), HANOI_CDC, -2, 12));
        for (String table : List.of("excursions", "excursion_lots")) {
            assertThatThrownBy(() -> w.store.inTransaction(h -> h.execute("DELETE FROM " + table))).hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> w.store.inTransaction(h -> h.execute("UPDATE excursions SET duration_minutes = 1")))
                .hasMessageContaining("append-only");
    }
}
