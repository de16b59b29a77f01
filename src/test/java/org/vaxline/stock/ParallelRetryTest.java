package org.vaxline.stock;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.store.Dialect;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.stock.StockWorld.ADMIN;
import static org.vaxline.stock.StockWorld.HANOI_CDC;
import static org.vaxline.stock.StockWorld.TODAY;

/**
 * The same first-expiry request, taking doses from two lots, sent eight times at once: it is booked once (its first
 * entry carries the request's id, so a racing copy collides on the key and is answered as a retry).
 */
class ParallelRetryTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFirstExpiryRequestOverSeveralLotsRetriedInParallelIsBookedOnce(Dialect dialect) throws Exception {
        try (StockWorld w = new StockWorld(dialect, tempDir)) {
            UUID early = w.releasedLot("P1", "2021-12-01");
            UUID late = w.releasedLot("P2", "2022-03-01");
            w.receive(HANOI_CDC, early, 100);
            w.receive(HANOI_CDC, late, 100);
            int before = w.entries();
            MovementRequest issue = new MovementRequest(Ids.newId(), MovementType.ISSUE, HANOI_CDC, null, w.abdala, 150L, TODAY,
                    null, "session 9", null, null, null, null);

            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Recorded<List<StockMovement>>>> answers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                answers.add(pool.submit((Callable<Recorded<List<StockMovement>>>) () -> {
                    start.await();
                    return w.app.stock().recordMovement().record(ADMIN, issue);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Recorded<List<StockMovement>>> answer : answers) {
                Recorded<List<StockMovement>> recorded = answer.get(120, TimeUnit.SECONDS);
                created += recorded.isNew() ? 1 : 0;
                assertThat(recorded.value()).extracting(StockMovement::lotId).containsExactly(early, late);
            }
            pool.shutdown();

            assertThat(created).isEqualTo(1);
            assertThat(w.entries() - before).isEqualTo(2);
            assertThat(w.onHand(HANOI_CDC, early)).isZero();
            assertThat(w.onHand(HANOI_CDC, late)).isEqualTo(50);
            assertThat(w.app.stock().rebuildBalances().matched()).isTrue();
        }
    }
}
