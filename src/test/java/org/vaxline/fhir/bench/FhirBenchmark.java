package org.vaxline.fhir.bench;

import org.vaxline.fhir.FhirClient;
import org.vaxline.fhir.FhirWorld;
import org.vaxline.fhir.application.FhirExports;
import org.vaxline.fhir.mapping.FhirCodes;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registryimport.application.ProgressListener;
import org.vaxline.registryimport.domain.ImportSummary;
import org.vaxline.app.bench.ThreadCpu;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * What the FHIR facade does, each figure beside the bare store doing the same work ({@link BareStore}): NDJSON import of
 * Patients and of historical Immunizations ({@code fhir import}), transaction Bundles of doses from stock posted over
 * HTTP (and the same number of doses through RecordDose.recordTogether alone, to show what FHIR adds), a bulk export of
 * everything, and Patient reads over HTTP (p50/p99). Never run by {@code mvn test} (a tiny run
 * of it is, in FhirBenchmarkTest, for what it counts); run it with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.vaxline.fhir.bench.FhirBenchmark [PEOPLE] [READS] [SQLITE|POSTGRESQL]}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}).
 * {@code -Dvaxline.bench.threads=true} also prints where the measured Bundles' CPU went, by thread (the JIT's compiler
 * and the collector included: {@link org.vaxline.app.bench.ThreadCpu}).
 */
public final class FhirBenchmark {
    static final int BUNDLE = 1000;
    /** Sites' systems posting Bundles at once (each its own site and lot): one per core of the machine measured. */
    static final int CLIENTS = 2;
    private static final String ADMIN = "bench-admin";
    private static final String SITE = "bench-site";
    /** A second site of the same commune, whose system posts its own Bundles beside the first's. */
    private static final UUID SITE_2 = org.vaxline.masterdata.demo.DemoMasterData.facilityId("SITE-01-1-2");
    private static final String SITE_2_TOKEN = "bench-site-2";
    private static final Map<String, Actor> TOKENS = Map.of(ADMIN, FhirWorld.ADMIN, SITE, FhirWorld.VACCINATOR,
            SITE_2_TOKEN, new Actor("hanoi.site2", org.vaxline.platform.security.Role.SITE_VACCINATOR, SITE_2, "01"));

    private FhirBenchmark() {
    }

    /** One run's figures: counts (what the tiny test checks) and rates (what a person reads). */
    public record Figures(Dialect dialect, int bundleSize, long patients, long historical, long fromStock, long exported, int reads,
                          double patientsPerSecond, double historicalPerSecond, double bundlePerSecond, double registryPerSecond, double bareInsertPerSecond,
                          double exportColdPerSecond, double exportPerSecond, double bareScanPerSecond, double readP50Ms, double readP99Ms,
                          double bareReadP50Ms, double bareReadP99Ms) {
        void print(PrintStream out) {
            out.printf("FHIR bench on %s: %,d patients, %,d historical and %,d stock Immunizations%n", dialect, patients, historical, fromStock);
            out.printf("  import Patients (NDJSON)              %,10.0f /s%n", patientsPerSecond);
            out.printf("  import historical Immunizations       %,10.0f /s%n", historicalPerSecond);
            out.printf("  transaction Bundles (POST /fhir, %d each, from %d sites at once, after a third unmeasured)  %,10.0f Immunizations/s   bare batched insert %,10.0f rows/s%n",
                    bundleSize, CLIENTS, bundlePerSecond, bareInsertPerSecond);
            out.printf("  the same doses by RecordDose.recordTogether alone  %,10.0f doses/s (the registry's path without FHIR)%n",
                    registryPerSecond);
            out.printf("  bulk export (%,d resources)           %,10.0f resources/s (the first, cold: %,.0f)  bare scan %,10.0f rows/s%n",
                    exported, exportPerSecond, exportColdPerSecond, bareScanPerSecond);
            out.printf("  Patient read over HTTP (%,d, after as many unmeasured)  p50 %.2f ms  p99 %.2f ms    bare select p50 %.3f ms  p99 %.3f ms%n",
                    reads, readP50Ms, readP99Ms, bareReadP50Ms, bareReadP99Ms);
        }
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        for (Dialect dialect : args.length > 2 ? new Dialect[]{Dialect.valueOf(args[2])} : Dialect.values()) {
            Path dir = Files.createTempDirectory("vaxline-fhir-bench");
            run(dialect, dir, people, reads, BUNDLE).print(System.out);
        }
    }

    /** @param bundleSize Immunizations in each transaction Bundle posted */
    public static Figures run(Dialect dialect, Path dir, int people, int reads, int bundleSize) throws Exception {
        try (FhirWorld world = new FhirWorld(dialect, dir.resolve("store"))) {
            UUID lot = world.stockedLot("BENCH-1", 2L * people);
            world.stockedLot("BENCH-2", people, SITE_2);
            Corpus corpus = Corpus.write(dir, people, bundleSize);
            HttpServer server = HttpServer.create(token -> Optional.ofNullable(TOKENS.get(token)), Set.of(),
                    List.of(world.app.fhir().routes()), cfg -> {
                    }).start("127.0.0.1", 0);
            try {
                FhirClient client = new FhirClient(server.port());
                long t0 = System.nanoTime();
                ImportSummary patients = world.app.fhir().imports().run(FhirWorld.ADMIN, corpus.patients(), null,
                        dir.resolve("patients.errors.csv"), ProgressListener.NONE);
                long t1 = System.nanoTime();
                ImportSummary historical = world.app.fhir().imports().run(FhirWorld.ADMIN, corpus.historical(), null,
                        dir.resolve("historical.errors.csv"), ProgressListener.NONE);
                long t2 = System.nanoTime();
                // The first third of the Bundles (one at least) unmeasured, while the JIT compiles their path (after only a
                // tenth, its compiler still took 40 % of the CPU while the rest were timed). All are posted by CLIENTS
                // systems at once, as a registry's partners would send them.
                int warmUp = Math.max(1, corpus.bundles().size() / 3);
                long fromStock = post(client, corpus.bundles().subList(0, warmUp), CLIENTS);
                long t2m = System.nanoTime();
                ThreadCpu threadsBefore = ThreadCpu.now();
                long measured = post(client, corpus.bundles().subList(warmUp, corpus.bundles().size()), CLIENTS);
                if (Boolean.getBoolean("vaxline.bench.threads")) {
                    ThreadCpu.now().printSince(threadsBefore, measured, "Immunization", System.out);
                }
                fromStock += measured;
                long t3 = System.nanoTime();
                // the registry alone: each person's second dose, 29 days after the first, in chunks of a Bundle's size
                long direct = 0;
                for (int from = 0; from < people; from += bundleSize) {
                    List<DoseRequest> chunk = new java.util.ArrayList<>();
                    for (UUID person : corpus.patientIds().subList(from, Math.min(people, from + bundleSize))) {
                        chunk.add(new DoseRequest(Ids.newId(), person, world.abdala, lot, FhirWorld.SITE, LocalDate.parse("2021-09-30"), null, null));
                    }
                    for (var outcome : world.app.registry().recordDose().recordTogether(FhirWorld.VACCINATOR, chunk)) {
                        outcome.orThrow();
                        direct++;
                    }
                }
                double registry = rate(direct, System.nanoTime() - t3);
                BareStore bare = new BareStore(world.store);
                double bareInsert = bare.insertPerSecond(people);

                // the export twice: the first also compiles its path (JIT); the second is the server's steady pace
                long t4 = System.nanoTime();
                long exported = export(world);
                long t5 = System.nanoTime();
                export(world);
                long t6 = System.nanoTime();
                double bareScan = bare.scanPerSecond();

                Random random = new Random(7);
                double[] latencies = new double[reads];
                // as many reads again before measuring, so the figures are the steady state and not the JIT's warm-up
                for (int i = -reads; i < reads; i++) {
                    UUID id = corpus.patientIds().get(random.nextInt(corpus.patientIds().size()));
                    long s = System.nanoTime();
                    int status = blockingGet(server.port(), "/fhir/Patient/" + id, ADMIN);
                    if (i >= 0) {
                        latencies[i] = (System.nanoTime() - s) / 1e6;
                    }
                    if (status != 200) {
                        throw new IllegalStateException("read refused: " + status + " " + client.get("/fhir/Patient/" + id, ADMIN).body());
                    }
                }
                double[] bareReads = bare.readLatenciesMs(corpus.patientIds(), reads);
                return new Figures(dialect, bundleSize, patients.created(), historical.created(), fromStock, exported, reads,
                        rate(patients.created(), t1 - t0), rate(historical.created(), t2 - t1), rate(measured, t3 - t2m), registry, bareInsert,
                        rate(exported, t5 - t4), rate(exported, t6 - t5), bareScan, percentile(latencies, 50), percentile(latencies, 99),
                        percentile(bareReads, 50), percentile(bareReads, 99));
            } finally {
                server.stop();
            }
        }
    }

    /**
     * A GET on the JDK's blocking connection (kept alive), its answer read to the end: the timed reads go through it,
     * as {@code vaxline bench}'s do, because java.net.http's selector hand-offs add more to a read than the server does.
     */
    private static int blockingGet(int port, String path, String token) throws java.io.IOException {
        var connection = (java.net.HttpURLConnection) java.net.URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setRequestProperty("Accept", "application/fhir+json");
        int status = connection.getResponseCode();
        try (var in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (in != null) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        return status;
    }

    /** Posts the Bundles from this many clients at once; how many entries the server answered. */
    private static long post(FhirClient client, List<Corpus.Bundle> bundles, int clients) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (Corpus.Bundle bundle : bundles) {
                answers.add(pool.submit(() -> {
                    var answer = client.send("POST", "/fhir", bundle.token(), bundle.json(), null);
                    if (answer.status() != 200) {
                        throw new IllegalStateException("bundle refused: " + answer.status() + " " + answer.body());
                    }
                    return answer.json().path("entry").size();
                }));
            }
            long entries = 0;
            for (var answer : answers) {
                entries += answer.get();
            }
            return entries;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A system export of everything, to its end; how many resources it wrote. */
    private static long export(FhirWorld world) throws InterruptedException {
        FhirExports.Job job = world.app.fhir().exports().start(FhirWorld.ADMIN, "bench", null, null, null);
        while (!job.done) {
            Thread.sleep(2);
        }
        if (job.error != null) {
            throw new IllegalStateException("export failed: " + job.error);
        }
        return job.counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static double rate(long count, long nanos) {
        return count / (nanos / 1e9);
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /**
     * The generated input: Patients and historical Immunizations as NDJSON, doses from stock as transaction Bundles, in
     * turn from the first site (lot BENCH-1) and the second (BENCH-2), each with its system's token.
     */
    record Corpus(Path patients, Path historical, List<Bundle> bundles, List<UUID> patientIds) {
        record Bundle(String token, String json) {
        }

        static Corpus write(Path dir, int people, int bundleSize) throws Exception {
            Random random = new Random(2021);
            StringBuilder patients = new StringBuilder();
            StringBuilder historical = new StringBuilder();
            List<UUID> ids = new java.util.ArrayList<>();
            List<Bundle> bundles = new java.util.ArrayList<>();
            StringBuilder bundle = new StringBuilder();
            int inBundle = 0;
            for (int i = 0; i < people; i++) {
                UUID id = new UUID(0x0fb1L << 48 | i, random.nextLong());
                ids.add(id);
                patients.append("""
                        {"resourceType":"Patient","id":"%s","identifier":[{"system":"%s","value":"B%07d"}],\
                        "name":[{"text":"Người Thử %d"}],"gender":"%s","birthDate":"1990-05-14","address":[{"state":"01"}]}
                        """.formatted(id, FhirCodes.PASSPORT, i, i, i % 2 == 0 ? "female" : "male"));
                historical.append("""
                        {"resourceType":"Immunization","id":"%s","status":"completed","vaccineCode":{"coding":\
                        [{"system":"http://hl7.org/fhir/sid/cvx","code":"140","display":"Influenza, split virus, trivalent, PF"}]},\
                        "patient":{"reference":"Patient/%s"},"occurrenceDateTime":"2020-10-%02d","primarySource":false,\
                        "location":{"display":"Bệnh viện Bạch Mai"}}
                        """.formatted(new UUID(0x0fb2L << 48 | i, random.nextLong()), id, 1 + i % 28));
                bundle.append(inBundle == 0 ? "" : ",").append("""
                        {"resource":{"resourceType":"Immunization","identifier":[{"system":"urn:vaxline:bench","value":"dose-%d"}],\
                        "status":"completed","vaccineCode":{"coding":[{"system":"%s","code":"33391000087109"}]},\
                        "patient":{"reference":"Patient/%s"},"occurrenceDateTime":"2021-09-01","primarySource":true,\
                        "lotNumber":"%s","location":{"reference":"Location/%s"}},"request":{"method":"POST","url":"Immunization"}}"""
                        .formatted(i, FhirCodes.SNOMED, id, "BENCH-" + (1 + bundles.size() % 2),
                                bundles.size() % 2 == 0 ? FhirWorld.SITE : SITE_2));
                if (++inBundle == bundleSize || i == people - 1) {
                    bundles.add(new Bundle(bundles.size() % 2 == 0 ? SITE : SITE_2_TOKEN,
                            "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[" + bundle + "]}"));
                    bundle.setLength(0);
                    inBundle = 0;
                }
            }
            Path p = Files.createDirectories(dir.resolve("patients")).resolve("Patient.000.ndjson");
            Path h = Files.createDirectories(dir.resolve("historical")).resolve("Immunization.000.ndjson");
            Files.writeString(p, patients);
            Files.writeString(h, historical);
            return new Corpus(p.getParent(), h.getParent(), bundles, ids);
        }
    }
}
