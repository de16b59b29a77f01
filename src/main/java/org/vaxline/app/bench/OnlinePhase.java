package org.vaxline.app.bench;

import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.platform.store.WriterTime;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * (b) Online recording: concurrent clients POST /api/v1/doses over real HTTP, each dose a first dose today for one of
 * the people without any (on a kept store, those earlier runs did not reach), at their site and its lot; answered
 * after the commit. Then as many threads insert one row per durable transaction for as long: the bare reference.
 */
final class OnlinePhase {
    /** At most this many people are made ready for the online run (a run rarely gets through more). */
    private static final int MAX_POOL = 400_000;
    private final Store store;
    private final Campaign campaign;
    private final CampaignSetup.Loaded loaded;
    private final HttpClients http;
    private final BareReference bare;
    private final LocalDate today;
    private final PrintWriter err;
    private final Supplier<WriterTime.Spent> writer;

    /** @param writer where the server's dose writer spent its time so far */
    OnlinePhase(Store store, Campaign campaign, CampaignSetup.Loaded loaded, HttpClients http, BareReference bare,
                LocalDate today, PrintWriter err, Supplier<WriterTime.Spent> writer) {
        this.store = store;
        this.campaign = campaign;
        this.loaded = loaded;
        this.http = http;
        this.bare = bare;
        this.today = today;
        this.err = err;
        this.writer = writer;
    }

    void run(Figures figures, int clients, double warmUp, double seconds) {
        BenchRun.Pool ready = BenchRun.withoutDoses(store, campaign,
                IntStream.range(campaign.onlineFrom, Math.min(campaign.people, campaign.onlineFrom + MAX_POOL)).toArray());
        int[] pool = ready.indexes();
        List<UUID> people = ready.ids();
        if (pool.length == 0) {
            throw new IllegalStateException("every person of the online pool already has a dose: load the campaign again");
        }
        AtomicInteger next = new AtomicInteger();
        PhaseProgress progress = new PhaseProgress(err, "(b) online doses over HTTP", (long) (seconds * 1000));
        Breakdown breakdown = new Breakdown();
        Latencies.Summary ours = LoadRun.run(clients, warmUp, seconds, progress, client -> {
            int i = next.getAndIncrement();
            if (i >= pool.length) {
                return false;
            }
            int site = campaign.personSite[pool[i]];
            http.post("/api/v1/doses", "{\"id\":\"" + UUID.randomUUID() + "\",\"personId\":\"" + people.get(i)
                    + "\",\"productId\":\"" + loaded.productId() + "\",\"lotId\":\"" + loaded.lots().get(site % CampaignSetup.LOTS)
                    + "\",\"siteId\":\"" + campaign.sites.get(site).id() + "\",\"givenOn\":\"" + today + "\"}", 201);
            return true;
        }, breakdown);
        breakdown.describe(figures);
        AtomicInteger bareNext = new AtomicInteger();
        PhaseProgress bareProgress = new PhaseProgress(err, "(b) bare durable transactions", (long) (seconds * 1000));
        Latencies.Summary reference = LoadRun.run(clients, warmUp, seconds, bareProgress, client -> {
            int i = bareNext.getAndIncrement() % pool.length;
            int site = campaign.personSite[pool[i]];
            bare.insertOne(people.get(i), loaded.lots().get(site % CampaignSetup.LOTS), campaign.sites.get(site).id(), today);
            return true;
        });
        if (next.get() >= pool.length) {
            err.println("note: the online run gave a first dose to all " + pool.length + " people without one before its time was up");
        }
        figures.timed("(b) online doses, " + clients + " clients", ours, reference);
    }

    /**
     * Where the measured time went: the dose writer's batches and its time by part, and the CPU of each kind of thread
     * per dose (the writer, the HTTP server's threads, the bench's own clients on the same two cores). The writer is
     * one thread in a row: seldom idle, it is the limit; otherwise the cores are ({@link OnlineCeiling} tells which).
     */
    private final class Breakdown implements LoadRun.Window {
        private WriterTime.Spent writerBefore;
        private ThreadCpu cpuBefore;
        private WriterTime.Spent written;
        private ThreadCpu cpuAfter;

        @Override
        public void opened() {
            writerBefore = writer.get();
            cpuBefore = ThreadCpu.now();
        }

        @Override
        public void closed() {
            cpuAfter = ThreadCpu.now();
            written = writer.get().since(writerBefore);
        }

        void describe(Figures figures) {
            Map<String, Object> time = new LinkedHashMap<>();
            time.put("batches", written.batches());
            time.put("meanBatch", Math.round(written.meanBatch() * 10) / 10.0);
            time.put("idlePercent", percent(written.share(written.idleNanos())));
            time.put("readPercent", percent(written.share(written.readNanos())));
            time.put("decidePercent", percent(written.share(written.decideNanos())));
            time.put("writePercent", percent(written.share(written.writeNanos())));
            figures.describe("onlineDoseWriter", time);
            Map<String, Long> cpu = cpuAfter.microsPerUnitSince(cpuBefore, Math.max(1, written.requests()));
            figures.describe("onlineCpuMicrosPerDose", cpu);
            if (store.dialect() == Dialect.SQLITE) {
                figures.describe("onlineCeiling", OnlineCeiling.of(cpu, Runtime.getRuntime().availableProcessors()).figures());
            } else {
                figures.describe("onlineCeiling", "not told: the database server's CPU is not in this process");
            }
        }

        private static double percent(double share) {
            return Math.round(share * 1000) / 10.0;
        }
    }
}
