package org.vaxline.registry;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.GroupCommit;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.domain.Dose;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.registry.RegistryWorld.SITE;
import static org.vaxline.registry.RegistryWorld.TODAY;
import static org.vaxline.registry.RegistryWorld.VACCINATOR;

/**
 * Doses recorded together in one transaction (issue 13's group commit) keep every rule of a dose recorded alone: one
 * person's doses decided in order, a refusal writing nothing and failing no neighbour, a retry answered as one, and
 * the stock, schedules and coverage equal to a recount after a concurrent burst.
 */
class GroupCommitDosesTest {
    private static final LocalDate D1 = TODAY.minusDays(40);

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBatchDecidesOnePersonsDosesInOrderAndARefusalAmidThemWritesNothing(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 100);
            UUID an = w.person("Nguyễn Văn An");
            UUID binh = w.person("Trần Thị Bình");
            DoseRequest first = dose(an, w, lot, D1);
            DoseRequest second = dose(an, w, lot, D1.plusDays(14));
            DoseRequest tooSoon = dose(an, w, lot, D1.plusDays(20));
            DoseRequest unknownPerson = dose(Ids.newId(), w, lot, D1);
            DoseRequest forBinh = dose(binh, w, lot, D1);
            DoseRequest retryOfFirst = first;
            DoseRequest sameIdOtherDay = new DoseRequest(first.id(), an, w.abdala, lot, SITE, D1.plusDays(1), null, null);
            var outcomes = w.registry.recordDose().recordTogether(VACCINATOR,
                    List.of(first, second, tooSoon, unknownPerson, forBinh, retryOfFirst, sameIdOtherDay));

            assertThat(outcomes.get(0).orThrow().isNew()).isTrue();
            assertThat(outcomes.get(0).orThrow().value().doseNumber()).isEqualTo(1);
            assertThat(outcomes.get(1).orThrow().value().doseNumber()).isEqualTo(2);
            assertThat(code(outcomes.get(2))).isEqualTo("DOSE_INTERVAL_TOO_SHORT");
            assertThat(code(outcomes.get(3))).isEqualTo("NOT_FOUND");
            assertThat(outcomes.get(4).orThrow().value().personId()).isEqualTo(binh);
            Recorded<Dose> retry = outcomes.get(5).orThrow();
            assertThat(retry.isNew()).isFalse();
            assertThat(retry.value().id()).isEqualTo(first.id());
            assertThat(code(outcomes.get(6))).isEqualTo("IDEMPOTENCY_CONFLICT");

            assertThat(w.count("doses")).isEqualTo(3);
            assertThat(w.onHand(SITE, lot)).isEqualTo(97).isEqualTo(w.ledgerSum(SITE, lot));
            assertThat(w.registry.rebuildSchedules().matched()).isTrue();
            assertThat(w.app.coverage().recount().matched()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aConcurrentBurstWithParallelRetriesRecordsEachDoseOnceAndEveryProjectionEqualsItsRecount(Dialect dialect)
            throws Exception {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 60);
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                people.add(w.person("Người " + i));
            }
            // forty have had a first dose; in the burst each of the fifty asks for a dose three times at once (one id),
            // and the 20 doses left at the site serve only 20 of them
            for (UUID p : people.subList(0, 40)) {
                w.give(p, lot, D1);
            }
            List<DoseRequest> requests = new ArrayList<>();
            for (UUID p : people) {
                DoseRequest d = dose(p, w, lot, D1.plusDays(14));
                requests.add(d);
                requests.add(d);
                requests.add(d);
            }
            java.util.Collections.shuffle(requests, new java.util.Random(13));
            ExecutorService clients = Executors.newFixedThreadPool(32);
            CountDownLatch go = new CountDownLatch(1);
            java.util.Map<UUID, List<String>> answers = new java.util.concurrent.ConcurrentHashMap<>();
            List<Future<?>> done = new ArrayList<>();
            for (DoseRequest r : requests) {
                done.add(clients.submit(() -> {
                    go.await();
                    String answer;
                    try {
                        answer = w.registry.recordDose().record(VACCINATOR, r).isNew() ? "created" : "retry";
                    } catch (VaxlineException e) {
                        answer = e.code().name();
                    }
                    answers.computeIfAbsent(r.id(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(answer);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            clients.shutdown();
            // each id: recorded once and answered twice as a retry, or refused three times for want of stock
            assertThat(answers.values()).allSatisfy(a -> assertThat(List.of(List.of("created", "retry", "retry"),
                    List.of("STOCK_INSUFFICIENT", "STOCK_INSUFFICIENT", "STOCK_INSUFFICIENT")))
                    .contains(a.stream().sorted().toList()));
            long created = answers.values().stream().filter(a -> a.contains("created")).count();
            assertThat(created).isEqualTo(20);
            assertThat(w.count("doses")).isEqualTo(40 + 20);
            assertThat(w.onHand(SITE, lot)).isZero().isEqualTo(w.ledgerSum(SITE, lot));
            assertThat(w.registry.rebuildSchedules().matched()).isTrue();
            assertThat(w.app.coverage().recount().matched()).isTrue();
            assertThat(w.app.stock().rebuildBalances().matched()).isTrue();
        }
    }

    private static DoseRequest dose(UUID person, RegistryWorld w, UUID lot, LocalDate on) {
        return new DoseRequest(Ids.newId(), person, w.abdala, lot, SITE, on, null, null);
    }

    private static String code(GroupCommit.Outcome<?> outcome) {
        assertThat(outcome.refused()).as("refused").isTrue();
        return ((VaxlineException) outcome.failure()).code().name();
    }
}
