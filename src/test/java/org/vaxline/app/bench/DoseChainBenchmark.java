package org.vaxline.app.bench;

import org.vaxline.app.Vaxline;
import org.vaxline.app.demo.DemoScenario;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.ledger.LedgerChain;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.testing.TestStores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the ledger chain costs the dose path as HTTP drives it: many threads call RecordDose.record at once, so the
 * doses that arrive together are written in one transaction (GroupCommit) and the chain adds one statement per ledger
 * (doses, stock movements) per transaction, not per dose. Doses per second with the chain and without it, in
 * alternating rounds on the same demo store and the same kind of data, on SQLite and PostgreSQL. Never run by
 * {@code mvn test} (DoseChainBenchmarkTest runs it tiny, untimed); run it with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.vaxline.app.bench.DoseChainBenchmark [ROUNDS] [DOSES] [THREADS] [SQLITE|POSTGRESQL]}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}).
 */
public final class DoseChainBenchmark {
    private static final int WARM_UP = 200;

    /**
     * Median doses per second of the chained and the unchained rounds. The cost is taken from each pair of rounds run
     * one after the other (1 - chained/unchained, median over the pairs): the machine's speed drifts over a run (the
     * store grows, checkpoints, other load), and a pair sees the same drift on both sides.
     */
    public record Result(Dialect dialect, int threads, double chained, double unchained, double[] chainedRounds,
                         double[] unchainedRounds, double linkShare) {
        public double costPercent() {
            double[] costs = new double[chainedRounds.length];
            for (int i = 0; i < costs.length; i++) {
                costs[i] = 100 * (1 - chainedRounds[i] / unchainedRounds[i]);
            }
            return median(costs);
        }
    }

    private DoseChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        for (Dialect dialect : args.length > 3 ? new Dialect[]{Dialect.valueOf(args[3])} : Dialect.values()) {
            Path dir = Files.createTempDirectory("vaxline-bench");
            try (Vaxline app = new Vaxline(TestStores.open(dialect, dir), Clock.systemDefaultZone())) {
                new DemoScenario(app).loadOnce();
                print(run(dialect, app, rounds, perRound, threads));
            }
        }
    }

    static void print(Result r) {
        System.out.printf("%s, %d threads: median doses/s chained %.0f, unchained %.0f; the chain costs %.1f%% (median over %d pairs of rounds)%n",
                r.dialect(), r.threads(), r.chained(), r.unchained(), r.costPercent(), r.chainedRounds().length);
        System.out.printf("  measured directly: writing the links took %.1f%% of the chained rounds' time (the writer thread's)%n",
                100 * r.linkShare());
        System.out.printf("  chained rounds   %s%n  unchained rounds %s%n",
                java.util.Arrays.toString(round(r.chainedRounds())), java.util.Arrays.toString(round(r.unchainedRounds())));
    }

    /** Registers the people first (not timed), then alternates chained and unchained rounds of perRound doses. */
    public static Result run(Dialect dialect, Vaxline app, int rounds, int perRound, int threads) throws InterruptedException {
        Actor admin = Actor.operator("bench");
        LocalDate today = LocalDate.now(app.clock());
        List<OnHandReport.Line> lines = app.stock().queries().onHand(null, null, null, null).lines().stream()
                .filter(l -> l.facilityCode().startsWith("SITE-") && !l.onHold() && l.status() == LotStatus.RELEASED
                        && !l.expiresOn().isBefore(today) && l.quantity() > 0).toList();
        List<UUID> persons = new ArrayList<>();
        List<OnHandReport.Line> at = new ArrayList<>();
        int total = 2 * rounds * perRound + WARM_UP;
        int line = 0;
        long left = lines.get(0).quantity();
        for (int i = 0; i < total; i++) {
            while (left == 0) {
                line++;
                left = lines.get(line).quantity();
            }
            left--;
            OnHandReport.Line l = lines.get(line);
            persons.add(app.persons().registerPerson().register(admin, new NewPerson(Ids.newId(), IdentityType.CCCD,
                    String.format("%s090%06d", "0" + l.facilityCode().substring(5, 7), 700_000 + i), "Người Đo " + i,
                    LocalDate.parse("1990-05-14"), Sex.MALE, null, l.facilityCode().substring(5, 7), null, null, null, true)).value().id());
            at.add(l);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            int next = concurrently(pool, threads, 0, WARM_UP, i -> dose(app, admin, today, persons.get(i), at.get(i)));
            double[] chained = new double[rounds];
            double[] unchained = new double[rounds];
            long chainedNanos = 0;
            long linkNanos = 0;
            for (int r = 0; r < rounds; r++) {
                for (boolean chain : new boolean[]{r % 2 == 0, r % 2 != 0}) { // alternate which goes first
                    LedgerChain.unchainForBenchmark(!chain);
                    long start = System.nanoTime();
                    long linksBefore = LedgerChain.nanosWritingLinks();
                    next = concurrently(pool, threads, next, perRound, i -> dose(app, admin, today, persons.get(i), at.get(i)));
                    long elapsed = System.nanoTime() - start;
                    (chain ? chained : unchained)[r] = perRound / (elapsed / 1e9);
                    if (chain) {
                        chainedNanos += elapsed;
                        linkNanos += LedgerChain.nanosWritingLinks() - linksBefore;
                    }
                }
            }
            return new Result(dialect, threads, median(chained), median(unchained), chained, unchained,
                    (double) linkNanos / chainedNanos);
        } finally {
            LedgerChain.unchainForBenchmark(false);
            pool.shutdownNow();
        }
    }

    /** Runs count calls from index from on all threads (each takes the next index), and waits for them all. */
    private static int concurrently(java.util.concurrent.ExecutorService pool, int threads, int from, int count,
                                    java.util.function.IntConsumer call) throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger(from);
        List<java.util.concurrent.Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(() -> {
                for (int i = next.getAndIncrement(); i < from + count; i = next.getAndIncrement()) {
                    call.accept(i);
                }
                return null;
            });
        }
        for (java.util.concurrent.Future<Void> f : pool.invokeAll(workers)) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a dose failed in the benchmark", e.getCause());
            }
        }
        return from + count;
    }

    private static void dose(Vaxline app, Actor admin, LocalDate today, UUID person, OnHandReport.Line l) {
        app.registry().recordDose().record(admin, new DoseRequest(Ids.newId(), person, l.productId(), l.lotId(), l.facilityId(),
                today, null, null));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static long[] round(double[] values) {
        return java.util.Arrays.stream(values).mapToLong(Math::round).toArray();
    }

}
