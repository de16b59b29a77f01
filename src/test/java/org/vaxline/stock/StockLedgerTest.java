package org.vaxline.stock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.lot.domain.LotError;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.stock.application.ExpiringLot;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockError;
import org.vaxline.stock.domain.StockMovement;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.stock.StockWorld.ADMIN;
import static org.vaxline.stock.StockWorld.HANOI_CDC;
import static org.vaxline.stock.StockWorld.HANOI_SITE;
import static org.vaxline.stock.StockWorld.HUE_CDC;
import static org.vaxline.stock.StockWorld.NATIONAL_STORE;
import static org.vaxline.stock.StockWorld.TODAY;
import static org.vaxline.stock.StockWorld.of;

/** The stock ledger's rules on a real SQLite file and a real PostgreSQL server. */
class StockLedgerTest {
    @TempDir
    Path tempDir;
    private StockWorld world;

    private StockWorld open(Dialect dialect) {
        world = new StockWorld(dialect, tempDir);
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

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void takingMoreThanIsThereIsRefusedWithWhatIsAvailableAndWritesNothing(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID lot = w.releasedLot("A2108", "2022-02-01");
        w.receive(NATIONAL_STORE, lot, 1_000);
        int before = w.entries();

        assertThatThrownBy(() -> w.move(ADMIN, of(MovementType.ISSUE, NATIONAL_STORE, lot, 1_001)))
                .isInstanceOfSatisfying(VaxlineException.class, e -> {
                    assertThat(e.code()).isEqualTo(StockError.STOCK_INSUFFICIENT);
                    assertThat(e.details()).containsEntry("available", 1_000L);
                });
        assertThat(w.entries()).isEqualTo(before);
        assertThat(w.onHand(NATIONAL_STORE, lot)).isEqualTo(1_000);
        w.move(ADMIN, of(MovementType.ISSUE, NATIONAL_STORE, lot, 1_000));
        assertThat(w.onHand(NATIONAL_STORE, lot)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyReleasedUnexpiredLotsNotOnHoldLeaveTheStore(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID lot = w.lot("Q1", "2022-02-01");
        w.receive(NATIONAL_STORE, lot, 500);
        assertRefused(() -> w.move(ADMIN, StockWorld.transfer(NATIONAL_STORE, HANOI_CDC, lot, 10)), LotError.LOT_QUARANTINED);

        w.app.lots().decideRelease().decide(ADMIN, lot, ReleaseRequest.release(Ids.newId(), "NCL-1", TODAY));
        w.move(ADMIN, StockWorld.transferDirect(NATIONAL_STORE, HANOI_CDC, lot, 10));

        UUID expired = w.releasedLot("OLD", "2021-09-30");
        w.receive(NATIONAL_STORE, expired, 50);
        assertRefused(() -> w.move(ADMIN, of(MovementType.ISSUE, NATIONAL_STORE, expired, 1)), LotError.LOT_EXPIRED);
        w.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.EXPIRY, NATIONAL_STORE, expired, null, 50L, TODAY, null,
                null, null, null, null, null));
        assertThat(w.onHand(NATIONAL_STORE, expired)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aTransferIsInTransitUntilItsProofOfDeliveryAndIsReceivedOnce(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID lot = w.releasedLot("T1", "2022-02-01");
        w.receive(NATIONAL_STORE, lot, 1_000);
        UUID transfer = w.move(ADMIN, StockWorld.transferDirect(NATIONAL_STORE, HANOI_CDC, lot, 600)).get(0).transferId();
        assertThat(w.onHand(NATIONAL_STORE, lot)).isEqualTo(400);
        assertThat(w.onHand(HANOI_CDC, lot)).isZero();
        assertThat(w.app.stock().queries().inTransit(HANOI_CDC)).hasSize(1);

        assertThatThrownBy(() -> w.move(ADMIN, StockWorld.receiveTransfer(transfer, 590L, null)))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertRefused(() -> w.move(StockWorld.HANOI_MANAGER, StockWorld.reversal(
                w.app.stock().queries().inTransit(null).get(0).id(), "x")), PlatformError.FORBIDDEN);
        List<StockMovement> arrived = w.move(StockWorld.HANOI_MANAGER, StockWorld.receiveTransfer(transfer, 590L, "10 doses broken in transit"));
        assertThat(arrived.get(0).counterpartFacilityId()).isEqualTo(NATIONAL_STORE);
        assertThat(w.onHand(HANOI_CDC, lot)).isEqualTo(590);
        assertThat(w.app.stock().queries().inTransit(null)).isEmpty();
        assertRefused(() -> w.move(ADMIN, StockWorld.receiveTransfer(transfer, null, null)), StockError.TRANSFER_NOT_IN_TRANSIT);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aProvinceManagerMovesStockOnlyInTheirProvince(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID lot = w.releasedLot("S1", "2022-02-01");
        w.receive(HANOI_CDC, lot, 100);
        w.receive(HUE_CDC, lot, 100);
        w.move(StockWorld.HANOI_MANAGER, StockWorld.transfer(HANOI_CDC, StockWorld.HANOI_COMMUNE, lot, 10));
        assertRefused(() -> w.move(StockWorld.HANOI_MANAGER, of(MovementType.ISSUE, HUE_CDC, lot, 1)), PlatformError.FORBIDDEN);
        assertThat(w.onHand(HUE_CDC, lot)).isEqualTo(100);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void withoutNamedLotsTheEarliestExpiringUsableLotsGoFirst(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID late = w.releasedLot("LATE", "2022-03-01");
        UUID early = w.releasedLot("EARLY", "2021-12-01");
        UUID held = w.releasedLot("HELD", "2021-11-01");
        w.receive(NATIONAL_STORE, late, 300);
        w.receive(NATIONAL_STORE, early, 100);
        w.receive(NATIONAL_STORE, held, 100);
        w.app.lots().placeHold().place(ADMIN, held, new org.vaxline.lot.domain.NewHold(Ids.newId(), NATIONAL_STORE,
                "VVM stage 3 seen on two vials", org.vaxline.lot.domain.HoldSource.MANUAL, null));

        List<StockMovement> issued = w.move(ADMIN, StockWorld.issueByProduct(NATIONAL_STORE, w.abdala, 250));
        assertThat(issued).extracting(StockMovement::lotId, StockMovement::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(early, -100L), org.assertj.core.groups.Tuple.tuple(late, -150L));
        assertThat(issued).extracting(StockMovement::requestId).containsOnly(issued.get(0).requestId());
        assertRefused(() -> w.move(ADMIN, StockWorld.issueByProduct(NATIONAL_STORE, w.abdala, 151)), StockError.STOCK_INSUFFICIENT);
        assertThat(w.onHand(NATIONAL_STORE, held)).isEqualTo(100);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aReversalRestoresTheBalanceOnceAndARetryIsCountedOnce(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID lot = w.releasedLot("R1", "2022-02-01");
        w.receive(NATIONAL_STORE, lot, 1_000);
        MovementRequest waste = new MovementRequest(Ids.newId(), MovementType.WASTAGE, NATIONAL_STORE, lot, null, 20L, TODAY,
                "BREAKAGE", null, null, null, null, null);
        StockMovement wasted = w.move(ADMIN, waste).get(0);
        assertThat(w.app.stock().recordMovement().record(ADMIN, waste).isNew()).isFalse();
        assertThat(w.onHand(NATIONAL_STORE, lot)).isEqualTo(980);

        w.move(ADMIN, StockWorld.reversal(wasted.id(), "it was 2 doses, not 20"));
        assertThat(w.onHand(NATIONAL_STORE, lot)).isEqualTo(1_000);
        assertRefused(() -> w.move(ADMIN, StockWorld.reversal(wasted.id(), "again")), StockError.MOVEMENT_ALREADY_REVERSED);
        assertRefused(() -> w.move(ADMIN, new MovementRequest(waste.id(), MovementType.WASTAGE, NATIONAL_STORE, lot, null, 21L,
                TODAY, "BREAKAGE", null, null, null, null, null)), PlatformError.IDEMPOTENCY_CONFLICT);

        StockMovement receipt = w.receive(HANOI_CDC, lot, 10).get(0);
        w.move(ADMIN, of(MovementType.ISSUE, HANOI_CDC, lot, 5));
        assertRefused(() -> w.move(ADMIN, StockWorld.reversal(receipt.id(), "wrong facility")), StockError.STOCK_INSUFFICIENT);
        assertThat(w.app.stock().rebuildBalances().matched()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theLedgerIsNeverRewrittenAndRebuildRepairsADriftedBalance(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID lot = w.releasedLot("L1", "2022-02-01");
        w.receive(NATIONAL_STORE, lot, 100);
        assertThatThrownBy(() -> w.store.inTransaction(h -> h.execute("UPDATE stock_movements SET quantity = 1")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> w.store.inTransaction(h -> h.execute("DELETE FROM stock_movements"))).hasMessageContaining("append-only");

        w.store.inTransaction(h -> h.execute("UPDATE stock_balances SET quantity = 7"));
        assertThat(w.app.stock().rebuildBalances().mismatchesBefore()).isEqualTo(1);
        assertThat(w.onHand(NATIONAL_STORE, lot)).isEqualTo(100);
        assertThat(w.app.stock().rebuildBalances().matched()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onHandRollsUpWithDaysOfSupplyAndReadsAnyPastDay(Dialect dialect) {
        StockWorld w = open(dialect);
        UUID lot = w.releasedLot("O1", "2021-10-20");
        w.receive(HANOI_CDC, lot, 1_000);
        w.receive(HUE_CDC, lot, 500);
        w.move(ADMIN, of(MovementType.ISSUE, HANOI_CDC, lot, 300));

        OnHandReport today = w.app.stock().queries().onHand(null, null, null, null);
        assertThat(today.national()).singleElement().satisfies(t -> {
            assertThat(t.quantity()).isEqualTo(1_200);
            assertThat(t.usedInWindow()).isEqualTo(300);
            assertThat(t.daysOfSupply()).isEqualByComparingTo("120.0");
        });
        assertThat(today.provinces()).extracting(OnHandReport.Total::label, OnHandReport.Total::quantity)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("01", 700L), org.assertj.core.groups.Tuple.tuple("46", 500L));
        OnHandReport before = w.app.stock().queries().onHand(HANOI_CDC, null, null, TODAY.minusDays(1));
        assertThat(before.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(1_000));

        List<ExpiringLot> expiring = w.app.stock().queries().expiring(30, null, null);
        assertThat(expiring).hasSize(2).allSatisfy(e -> assertThat(e.daysLeft()).isEqualTo(19));
        assertThat(w.app.stock().queries().expiring(10, null, null)).isEmpty();
    }
}
