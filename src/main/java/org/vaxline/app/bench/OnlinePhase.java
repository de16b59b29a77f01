package org.vaxline.app.bench;

import org.vaxline.platform.store.Store;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * (b) Online recording: concurrent clients POST /api/v1/doses over real HTTP, each dose a first dose today for one of
 * the people without any (on a kept store, those earlier runs did not reach), at their site and its lot; answered
 * after the commit. Then as many threads insert one row
 * per durable transaction for as long: the bare reference.
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

    OnlinePhase(Store store, Campaign campaign, CampaignSetup.Loaded loaded, HttpClients http, BareReference bare,
                LocalDate today, PrintWriter err) {
        this.store = store;
        this.campaign = campaign;
        this.loaded = loaded;
        this.http = http;
        this.bare = bare;
        this.today = today;
        this.err = err;
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
        });
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
}
