package org.vaxline.stock;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.lot.domain.HoldSource;
import org.vaxline.lot.domain.NewHold;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.id.Ids;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.application.NationalOnHand;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.domain.MovementType;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.vaxline.stock.StockWorld.ADMIN;
import static org.vaxline.stock.StockWorld.HANOI_CDC;
import static org.vaxline.stock.StockWorld.HANOI_SITE;
import static org.vaxline.stock.StockWorld.HUE_CDC;
import static org.vaxline.stock.StockWorld.NATIONAL_STORE;

/** The national view per province and lot agrees with the full report's totals, on both stores (StockApiTest: over HTTP). */
class NationalStockTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void sumsEachProvincePerLotWithTheFullReportsTotalsAndTheDosesOnHold(Dialect dialect) {
        try (StockWorld world = new StockWorld(dialect, tempDir)) {
            UUID lasting = world.releasedLot("B2101", "2022-03-01");
            UUID held = world.releasedLot("A2101", "2021-12-20");
            world.receive(NATIONAL_STORE, lasting, 1000);
            world.receive(HANOI_CDC, held, 300);
            world.receive(HANOI_SITE, held, 50);
            world.receive(HUE_CDC, lasting, 70);
            world.move(ADMIN, StockWorld.of(MovementType.ISSUE, HANOI_CDC, held, 60));
            world.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.WASTAGE, HUE_CDC, lasting, null, 10L, StockWorld.TODAY,
                    "BREAKAGE", null, null, null, null, null));
            world.app.lots().placeHold().place(ADMIN, held, new NewHold(null, HANOI_SITE, "fridge at 12 °C", HoldSource.MANUAL, null));

            NationalOnHand national = world.app.stock().queries().nationalOnHand(null);
            OnHandReport full = world.app.stock().queries().onHand(null, null, null, null);
            assertThat(national.lots()).extracting(NationalOnHand.ProvinceLot::provinceCode, NationalOnHand.ProvinceLot::lotNumber,
                            NationalOnHand.ProvinceLot::quantity, NationalOnHand.ProvinceLot::facilities, NationalOnHand.ProvinceLot::onHold)
                    .containsExactlyInAnyOrder(tuple(null, "B2101", 1000L, 1, 0L), tuple("01", "A2101", 290L, 2, 50L),
                            tuple("46", "B2101", 60L, 1, 0L));
            assertThat(national.provinces()).containsExactlyInAnyOrderElementsOf(full.provinces());
            assertThat(national.national()).containsExactlyInAnyOrderElementsOf(full.national());
            assertThat(national.national()).singleElement().satisfies(t -> assertThat(t.usedInWindow()).isEqualTo(70));
            assertThat(national.onHold()).singleElement().satisfies(l -> {
                assertThat(l.facilityId()).isEqualTo(HANOI_SITE);
                assertThat(l.quantity()).isEqualTo(50);
            });
            assertThat(world.app.stock().queries().nationalOnHand(UUID.randomUUID()).lots()).isEmpty();
        }
    }

    /**
     * The per-province use the national view reads (V58) is kept by triggers from the use per facility, lot and day:
     * equal to it grouped after new rows, rows added to and a rebuild (which deletes and inserts every row), on both stores.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theUsePerProvinceFollowsTheUsePerFacilityThroughEveryChange(Dialect dialect) {
        try (StockWorld world = new StockWorld(dialect, tempDir)) {
            UUID lot = world.releasedLot("B2101", "2022-03-01");
            world.receive(NATIONAL_STORE, lot, 1000);
            world.receive(HANOI_CDC, lot, 300);
            world.receive(HUE_CDC, lot, 70);
            world.move(ADMIN, StockWorld.of(MovementType.ISSUE, HANOI_CDC, lot, 60));
            world.move(ADMIN, StockWorld.of(MovementType.ISSUE, HANOI_CDC, lot, 5));
            world.move(ADMIN, StockWorld.of(MovementType.ISSUE, NATIONAL_STORE, lot, 7));
            world.move(ADMIN, new MovementRequest(Ids.newId(), MovementType.WASTAGE, HUE_CDC, lot, null, 10L, StockWorld.TODAY,
                    "BREAKAGE", null, null, null, null, null));
            assertThat(perProvince(world)).isEqualTo(groupedDailyUse(world)).containsEntry("01", 65L).containsEntry("", 7L)
                    .containsEntry("46", 10L);

            assertThat(world.app.stock().rebuildDailyUse().matched()).isTrue();
            assertThat(perProvince(world)).isEqualTo(groupedDailyUse(world));
            assertThat(world.app.stock().queries().nationalOnHand(null).national()).singleElement()
                    .satisfies(t -> assertThat(t.usedInWindow()).isEqualTo(82));
        }
    }

    /**
     * On hand per province and lot (V65) is kept by triggers from the balances: equal to them grouped after receipts,
     * issues, a balance emptied and a rebuild, also after the roll-up drifted (the rebuild recounts it), on both stores.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onHandPerProvinceFollowsTheBalancesThroughEveryChange(Dialect dialect) {
        try (StockWorld world = new StockWorld(dialect, tempDir)) {
            UUID lot = world.releasedLot("B2101", "2022-03-01");
            world.receive(NATIONAL_STORE, lot, 1000);
            world.receive(HANOI_CDC, lot, 300);
            world.receive(HANOI_SITE, lot, 40);
            world.receive(HUE_CDC, lot, 70);
            world.move(ADMIN, StockWorld.of(MovementType.ISSUE, HANOI_CDC, lot, 60));
            world.move(ADMIN, StockWorld.of(MovementType.ISSUE, HANOI_SITE, lot, 40));
            assertThat(rolledUp(world)).isEqualTo(groupedBalances(world))
                    .containsEntry("01", "240 at 1").containsEntry("46", "70 at 1").containsEntry("", "1000 at 1");

            world.store.inTransaction(h -> h.execute("UPDATE stock_province_balances SET quantity = quantity + 5"));
            assertThat(world.app.stock().rebuildBalances().matched()).as("the drift is seen").isFalse();
            assertThat(rolledUp(world)).isEqualTo(groupedBalances(world));
            assertThat(world.app.stock().rebuildBalances().matched()).isTrue();
            assertThat(world.app.stock().queries().nationalOnHand(null).lots())
                    .extracting(NationalOnHand.ProvinceLot::provinceCode, NationalOnHand.ProvinceLot::quantity,
                            NationalOnHand.ProvinceLot::facilities)
                    .containsExactlyInAnyOrder(tuple(null, 1000L, 1), tuple("01", 240L, 1), tuple("46", 70L, 1));
        }
    }

    private static java.util.Map<String, String> rolledUp(StockWorld world) {
        return onHand(world, "SELECT province_code AS p, quantity AS n, facilities AS f FROM stock_province_balances");
    }

    private static java.util.Map<String, String> groupedBalances(StockWorld world) {
        return onHand(world, "SELECT COALESCE(province_code, '') AS p, SUM(quantity) AS n,"
                + " SUM(CASE WHEN quantity > 0 THEN 1 ELSE 0 END) AS f FROM stock_balances GROUP BY COALESCE(province_code, '')");
    }

    /** Doses and holding facilities per province ("240 at 1"), the one lot of these tests. */
    private static java.util.Map<String, String> onHand(StockWorld world, String sql) {
        java.util.Map<String, String> found = new java.util.TreeMap<>();
        world.store.read(h -> h.createQuery(sql).map((rs, ctx) -> found.put(rs.getString("p"), rs.getLong("n") + " at " + rs.getLong("f"))).list());
        return found;
    }

    private static java.util.Map<String, Long> perProvince(StockWorld world) {
        return sums(world, "SELECT province_code AS p, SUM(used) AS n FROM stock_province_daily_use GROUP BY province_code");
    }

    private static java.util.Map<String, Long> groupedDailyUse(StockWorld world) {
        return sums(world, "SELECT COALESCE(province_code, '') AS p, SUM(used) AS n FROM stock_daily_use GROUP BY COALESCE(province_code, '')");
    }

    private static java.util.Map<String, Long> sums(StockWorld world, String sql) {
        java.util.Map<String, Long> sums = new java.util.TreeMap<>();
        world.store.read(h -> h.createQuery(sql).map((rs, ctx) -> sums.put(rs.getString("p"), rs.getLong("n"))).list());
        sums.values().removeIf(n -> n == 0);
        return sums;
    }
}
