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
}
