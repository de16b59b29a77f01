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
 * What the ledger chain costs the dose path: doses per second through RecordDose (one dose per transaction, one thread,
 * the dose and its stock movement both chained) with the chain and without it, in alternating rounds on the demo store,
 * on SQLite and PostgreSQL. Never run by {@code mvn test}; run it with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.vaxline.app.bench.DoseChainBenchmark [ROUNDS] [DOSES]}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}).
 */
public final class DoseChainBenchmark {
    private DoseChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        for (Dialect dialect : args.length > 2 ? new Dialect[]{Dialect.valueOf(args[2])} : Dialect.values()) {
            Path dir = Files.createTempDirectory("vaxline-bench");
            try (Vaxline app = new Vaxline(TestStores.open(dialect, dir), Clock.systemDefaultZone())) {
                new DemoScenario(app).loadOnce();
                run(dialect, app, rounds, perRound);
            }
        }
    }

    private static void run(Dialect dialect, Vaxline app, int rounds, int perRound) {
        Actor admin = Actor.operator("bench");
        LocalDate today = LocalDate.now(app.clock());
        List<OnHandReport.Line> lines = app.stock().queries().onHand(null, null, null, null).lines().stream()
                .filter(l -> l.facilityCode().startsWith("SITE-") && !l.onHold() && l.status() == LotStatus.RELEASED
                        && !l.expiresOn().isBefore(today) && l.quantity() > 0).toList();
        List<UUID> persons = new ArrayList<>();
        List<OnHandReport.Line> at = new ArrayList<>();
        int total = 2 * rounds * perRound + 50;
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
        int next = 0;
        for (; next < 50; next++) { // warm-up
            dose(app, admin, today, persons.get(next), at.get(next));
        }
        long linkNanos = 0;
        long chainedNanos = 0;
        double[] chained = new double[rounds];
        double[] unchained = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (boolean chain : new boolean[]{r % 2 == 0, r % 2 != 0}) {
                LedgerChain.unchainForBenchmark(!chain);
                long start = System.nanoTime();
                long linksBefore = LedgerChain.nanosWritingLinks();
                for (int i = 0; i < perRound; i++, next++) {
                    dose(app, admin, today, persons.get(next), at.get(next));
                }
                long elapsed = System.nanoTime() - start;
                if (chain) {
                    chainedNanos += elapsed;
                    linkNanos += LedgerChain.nanosWritingLinks() - linksBefore;
                }
                double rate = perRound / (elapsed / 1e9);
                (chain ? chained : unchained)[r] = rate;
            }
        }
        LedgerChain.unchainForBenchmark(false);
        double c = median(chained);
        double u = median(unchained);
        System.out.printf("%s: %d rounds of %d doses each way; median doses/s chained %.1f, unchained %.1f: the chain costs %.1f%%%n",
                dialect, rounds, perRound, c, u, 100 * (u - c) / u);
        System.out.printf("  measured directly: writing the links took %.1f%% of the chained doses' time (%.0f µs a dose); stale heads %d%n",
                100.0 * linkNanos / chainedNanos, linkNanos / 1e3 / (rounds * perRound), LedgerChain.staleHeads());
        System.out.printf("  chained rounds   %s%n  unchained rounds %s%n", java.util.Arrays.toString(round(chained)), java.util.Arrays.toString(round(unchained)));
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
