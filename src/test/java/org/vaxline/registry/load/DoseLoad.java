package org.vaxline.registry.load;

import org.vaxline.access.application.DemoUser;
import org.vaxline.app.ApiServer;
import org.vaxline.app.Vaxline;
import org.vaxline.facility.domain.Facility;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;
import org.vaxline.app.bench.ThreadCpu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A quick load of online doses for issue 13's dose path (not the benchmark: {@code ./vaxline bench} is that): the demo
 * master data, a released lot in stock at every site, N people, then 64 HTTP clients recording first doses with
 * {@code POST /api/v1/doses} for a while; prints doses/s, p50 and p99, and the doses' statements per dose.
 *
 * <pre>
 * mvn -B -q test-compile && java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.vaxline.registry.load.DoseLoad [--pg] [--people 40000] [--clients 64] [--seconds 20] [--warm-up 3] [--unchained]
 * </pre>
 * {@code --unchained} appends without ledger chain links (a store so written fails {@code ledger verify}): run it
 * beside a chained run to see what the chain costs the dose path as clients meet it.
 */
public final class DoseLoad {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-01T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.parse("2021-10-01");
    private static final Actor ADMIN = new Actor("load.admin", Role.NATIONAL_ADMIN, null, null);

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        boolean pg = options.containsKey("pg");
        int people = Integer.parseInt(options.getOrDefault("people", "40000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "64"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        // the JIT compiles for 40-50 s of a new load (ThreadCpu shows its share): --warm-up 50 times the steady state
        int warmUpSeconds = Integer.parseInt(options.getOrDefault("warm-up", "3"));
        Path dir = Files.createTempDirectory("dose-load");
        org.vaxline.platform.ledger.LedgerChain.unchainForBenchmark(options.containsKey("unchained"));
        Store store = pg ? Store.open(TestStores.freshPostgresSchemaUrl()) : Store.embedded(dir);
        try (Vaxline app = new Vaxline(store, CLOCK)) {
            LoadSupply supply = LoadSupply.stock(app, ADMIN, TODAY.minusDays(120));
            UUID abdala = supply.abdala();
            List<Facility> sites = supply.sites();
            UUID lot = supply.lot();
            UUID[] personIds = new UUID[people];
            UUID[] personSite = new UUID[people];
            insertPeople(store, sites, personIds, personSite);
            String token = app.access().service().ensureDemoUsers(ADMIN, DemoUser.onePerRole(
                    DemoMasterData.facilityId("CDC-01"), DemoMasterData.facilityId("SITE-01-1-1"))).get("admin");
            if (options.containsKey("direct")) {
                // without HTTP: the clients call the use case, to tell the dose path's cost from the web server's
                direct(app, abdala, lot, personIds, personSite, clients, warmUpSeconds, seconds);
                return;
            }
            HttpServer server = ApiServer.start(app, "127.0.0.1", 0);
            try {
                run(server.port(), token, abdala, lot, personIds, personSite, clients, warmUpSeconds, seconds, store);
            } finally {
                server.stop();
            }
        }
    }

    private static void insertPeople(Store store, List<Facility> sites, UUID[] ids, UUID[] siteOf) {
        store.inTransaction(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO persons (id, identity_type, identity_number, full_name, normalized_name, date_of_birth, sex,
                        phone, province_code, commune_id, priority_group, registration_site_id, recorded_at, recorded_by)
                    VALUES (:id, 'CCCD', :number, :name, :name, :born, 'MALE', NULL, :province, :commune, 'HEALTH_WORKER', :site,
                        :at, 'load')""");
            for (int i = 0; i < ids.length; i++) {
                Facility site = sites.get(i % sites.size());
                ids[i] = Ids.newId();
                siteOf[i] = site.id();
                batch.bind("id", ids[i]).bind("number", String.format("0010%02d%06d", 90, i)).bind("name", "nguoi " + i)
                        .bind("born", LocalDate.of(1990, 5, 1)).bind("province", site.provinceCode()).bind("commune", site.parentId())
                        .bind("site", site.id()).bind("at", CLOCK.instant()).add();
            }
            batch.execute();
            return null;
        });
    }

    private static void run(int port, String token, UUID product, UUID lot, UUID[] people, UUID[] siteOf, int clients,
                            int warmUpSeconds, int seconds, Store store) throws Exception {
        // the bench's client (blocking, kept alive per thread): the JDK's HttpClient took twice its CPU per request
        org.vaxline.app.bench.HttpClients http = new org.vaxline.app.bench.HttpClients(port, token);
        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmUpSeconds).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicLong measured = new AtomicLong();
        AtomicLong statements = new AtomicLong();
        AtomicLong firstMeasured = new AtomicLong();
        AtomicLong clientCpu = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            // room for a long run's latencies; 64 clients × 2 M of them took a gigabyte that the collector then walked
            long[] mine = new long[200_000];
            latencies.add(mine);
            int[] count = {0};
            Thread t = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    if (i >= people.length) {
                        break;
                    }
                    String body = "{\"id\":\"" + Ids.newId() + "\",\"personId\":\"" + people[i] + "\",\"productId\":\"" + product
                            + "\",\"lotId\":\"" + lot + "\",\"siteId\":\"" + siteOf[i] + "\",\"givenOn\":\"" + TODAY.minusDays(1) + "\"}";
                    long start = System.nanoTime();
                    try {
                        http.post("/api/v1/doses", body, 201);
                    } catch (Exception e) {
                        if (failures.incrementAndGet() < 5) {
                            System.err.println(e.getMessage());
                        }
                    }
                    long done = System.nanoTime();
                    if (start >= warmupEnd && done <= end && n < mine.length - 1) {
                        mine[n++] = done - start;
                        measured.incrementAndGet();
                    }
                }
                count[0] = n;
                mine[mine.length - 1] = n;
                clientCpu.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            });
            threads.add(t);
        }
        try (AutoCloseable ignored = store.statements().listen(sql -> {
            if (System.nanoTime() >= warmupEnd) {
                statements.incrementAndGet();
            }
        })) {
            threads.forEach(Thread::start);
            // the CPU of the measured part only: the warm-up's is mostly the JIT compiling the path
            Thread.sleep(Math.max(0, (warmupEnd - System.nanoTime()) / 1_000_000));
            ThreadCpu threadsBefore = ThreadCpu.now();
            int dosesBefore = next.get();
            for (Thread t : threads) {
                t.join();
            }
            int doses = Math.max(1, Math.min(next.get(), people.length) - dosesBefore);
            ThreadCpu.now().printSince(threadsBefore, doses, "dose after the warm-up", System.out);
            System.out.printf("      %-22s %,8.0f µs (the load's own clients over the whole run: their threads ended before"
                    + " the count above)%n", "clients", clientCpu.get() / 1e3 / Math.min(next.get(), people.length));
        }
        System.out.println(writerCpu(Math.min(next.get(), people.length)));
        long total = measured.get();
        long[] all = new long[(int) total];
        int k = 0;
        for (long[] mine : latencies) {
            int n = (int) mine[mine.length - 1];
            System.arraycopy(mine, 0, all, k, Math.min(n, all.length - k));
            k += n;
        }
        Arrays.sort(all);
        double elapsed = Math.min(seconds, (System.nanoTime() - warmupEnd) / 1e9);
        System.out.printf("%s: %d clients, %d doses in %.1f s after warm-up: %.0f doses/s, p50 %.1f ms, p99 %.1f ms,"
                        + " %d failures, %.1f statements per dose (all store statements incl. token checks)%n",
                store.dialect(), clients, total, elapsed, total / elapsed, all[(int) (all.length * 0.50)] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6, failures.get(), statements.get() / (double) Math.max(1, total));
        firstMeasured.set(0);
    }

    private static void direct(Vaxline app, UUID product, UUID lot, UUID[] people, UUID[] siteOf, int clients,
                               int warmUpSeconds, int seconds)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmUpSeconds).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        java.util.concurrent.ConcurrentLinkedQueue<Long> latencies = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        Actor vaccinator = ADMIN;
        for (int c = 0; c < clients; c++) {
            threads.add(new Thread(() -> {
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    if (i >= people.length) {
                        break;
                    }
                    long start = System.nanoTime();
                    app.registry().recordDose().record(vaccinator, new org.vaxline.registry.application.DoseRequest(Ids.newId(),
                            people[i], product, lot, siteOf[i], TODAY.minusDays(1), null, null));
                    long done = System.nanoTime();
                    if (start >= warmupEnd && done <= end) {
                        latencies.add(done - start);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.println(writerCpu(next.get()));
        System.out.printf("%s direct: %d clients, %.0f doses/s, p50 %.1f ms, p99 %.1f ms%n", app.store().dialect(), clients,
                all.length / (double) seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
    }

    /** CPU time of the dose writer threads per dose: what the machine's other load does not change. */
    static String writerCpu(int doses) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("doses-writer")) {
                cpu += threads.getThreadCpuTime(t.getId());
            }
        }
        return String.format("dose writers: %.0f µs CPU per dose (%d doses, %.1f s CPU) -> at most %.0f doses/s per busy core",
                cpu / 1e3 / doses, doses, cpu / 1e9, doses / (cpu / 1e9));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(key, args[++i]);
            } else {
                options.put(key, "true");
            }
        }
        return options;
    }
}
