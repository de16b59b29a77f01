package org.vaxline.stock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.stock.StockWorld.ADMIN;
import static org.vaxline.stock.StockWorld.HANOI_CDC;
import static org.vaxline.stock.StockWorld.HANOI_COMMUNE;
import static org.vaxline.stock.StockWorld.HUE_CDC;
import static org.vaxline.stock.StockWorld.TODAY;
import static org.vaxline.stock.StockWorld.of;

/** The use per facility, lot and day moves with every ledger entry and always equals a recount of the ledger. */
class StockDailyUseTest {
    @TempDir
    Path tempDir;
    private StockWorld world;

    @AfterEach
    void close() {
        if (world != null) {
            world.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void dailyUseEqualsARecountOfTheLedgerAfterIssuesWastageTransfersAndReversals(Dialect dialect) {
        StockWorld w = world = new StockWorld(dialect, tempDir);
        UUID lot = w.releasedLot("U1", "2022-02-01");
        w.receive(HANOI_CDC, lot, 1_000);
        w.receive(HUE_CDC, lot, 500);
        w.move(ADMIN, of(MovementType.ISSUE, HANOI_CDC, lot, 100));
        w.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.ISSUE, HANOI_CDC, lot, null, 40L, TODAY.minusDays(2),
                null, null, null, null, null, null));
        StockMovement wasted = w.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.WASTAGE, HUE_CDC, lot, null, 20L,
                TODAY, "BREAKAGE", null, null, null, null, null)).get(0);
        w.move(ADMIN, StockWorld.reversal(wasted.id(), "counted twice"));
        w.move(ADMIN, StockWorld.transfer(HANOI_CDC, HANOI_COMMUNE, lot, 60));

        assertThat(w.app.stock().rebuildDailyUse().matched()).isTrue();
        OnHandReport report = w.app.stock().queries().onHand(null, null, null, null);
        // Nationally and per province only doses issued or wasted count; a reversed wastage is not use.
        assertThat(report.national()).singleElement().satisfies(t -> assertThat(t.usedInWindow()).isEqualTo(160));
        assertThat(report.provinces()).filteredOn(t -> t.scope().equals("01"))
                .singleElement().satisfies(t -> assertThat(t.usedInWindow()).isEqualTo(140));
        // A facility's use also counts what it sent on.
        assertThat(report.facilities()).filteredOn(t -> t.scope().equals(HANOI_CDC.toString()))
                .singleElement().satisfies(t -> assertThat(t.usedInWindow()).isEqualTo(200));
        assertThat(w.app.stock().queries().onHand(HANOI_CDC, null, null, null).provinces())
                .singleElement().satisfies(t -> assertThat(t.usedInWindow()).isEqualTo(140));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void rebuildRepairsADriftedDailyUse(Dialect dialect) {
        StockWorld w = world = new StockWorld(dialect, tempDir);
        UUID lot = w.releasedLot("U2", "2022-02-01");
        w.receive(HANOI_CDC, lot, 100);
        w.move(ADMIN, of(MovementType.ISSUE, HANOI_CDC, lot, 10));
        w.store.inTransaction(h -> h.execute("UPDATE stock_daily_use SET used = 3"));
        assertThat(w.app.stock().rebuildDailyUse().mismatchesBefore()).isEqualTo(1);
        assertThat(w.app.stock().rebuildDailyUse().matched()).isTrue();
        assertThat(w.app.stock().queries().onHand(null, null, null, null).national())
                .singleElement().satisfies(t -> assertThat(t.usedInWindow()).isEqualTo(10));
    }
}
