package org.vaxline.stock;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.store.Dialect;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.stock.StockWorld.ADMIN;
import static org.vaxline.stock.StockWorld.HANOI_CDC;
import static org.vaxline.stock.StockWorld.NATIONAL_STORE;

/** Random movements racing on the same lots: no balance goes negative and no accepted entry is lost. */
class ConcurrentMovementsTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void racingMovementsNeverLeaveANegativeBalanceAndLoseNoEntry(Dialect dialect) throws Exception {
        try (StockWorld w = new StockWorld(dialect, tempDir)) {
            UUID lot = w.releasedLot("C1", "2022-03-01");
            w.receive(NATIONAL_STORE, lot, 1_000);
            int before = w.entries();

            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Random random = new Random(t);
                results.add(pool.submit((Callable<Integer>) () -> {
                    int accepted = 0;
                    for (int i = 0; i < 15; i++) {
                        try {
                            MovementType type = random.nextInt(4) == 0 ? MovementType.RECEIPT : MovementType.ISSUE;
                            UUID facility = random.nextBoolean() ? NATIONAL_STORE : HANOI_CDC;
                            accepted += w.move(ADMIN, StockWorld.of(type, facility, lot, 1 + random.nextInt(120))).size();
                        } catch (VaxlineException refused) {
                            assertThat(refused.code()).isEqualTo(StockError.STOCK_INSUFFICIENT);
                        }
                    }
                    return accepted;
                }));
            }
            int accepted = 0;
            for (Future<Integer> result : results) {
                accepted += result.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(w.entries() - before).isEqualTo(accepted);
            for (UUID facility : List.of(NATIONAL_STORE, HANOI_CDC)) {
                assertThat(w.onHand(facility, lot)).isEqualTo(w.ledgerSum(facility, lot)).isNotNegative();
            }
            assertThat(w.app.stock().rebuildBalances().matched()).isTrue();
        }
    }
}
