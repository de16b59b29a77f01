package org.vaxline.app.bench;

import org.vaxline.app.ApiServer;
import org.vaxline.app.Vaxline;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.masterdata.domain.MasterDocument;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.store.Store;
import org.vaxline.registryimport.application.FileImport;
import org.vaxline.registryimport.application.ImportRequest;
import org.vaxline.registryimport.domain.ImportSummary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One benchmark run on one fresh store: generate and load the campaign, then (a) bulk import of its doses, (b) online
 * recording over HTTP, (c) reads at that size, (d) memory while serving; every figure beside its bare reference.
 */
final class BenchRun {
    /** How the run is shaped (the command's options). */
    record Options(long seed, int people, int clients, double seconds, int readClients, double readSeconds, double warmUpSeconds,
                   int importBatch) {
    }

    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;

    BenchRun(Options options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * @param personImport the application's person import on a composed vaxline
     * @param doseImport   its dose import (through RecordDose: validation, stock, schedule, coverage)
     */
    Figures run(Store store, Clock clock, Path workDir, Function<Vaxline, FileImport> personImport,
                Function<Vaxline, FileImport> doseImport) {
        Figures figures = described(store);
        try (Vaxline vaxline = new Vaxline(store, clock)) {
            LocalDate today = LocalDate.now(clock);
            MasterDocument demo = DemoMasterData.document();
            Campaign campaign = campaign(figures, demo, today);
            CampaignSetup.Loaded loaded = new CampaignSetup(vaxline, err).load(campaign,
                    CampaignSetup.masterData(demo, campaign), personImport.apply(vaxline), workDir);
            BareReference bare = new BareReference(store);

            importDoses(figures, campaign, doseImport.apply(vaxline), bare, workDir, new StoreWrites(store));

            serving(vaxline, loaded.token(), (http, memory) -> {
                new OnlinePhase(store, campaign, loaded, http, bare, today, err, vaxline.registry().recordDose()::writerTime)
                        .run(figures, options.clients(), options.warmUpSeconds(), options.seconds());
                new ReadPhase(store, campaign, http, err).run(figures, options.readClients(), options.warmUpSeconds(), options.readSeconds());
                figures.memory(memory.read());
            });
        }
        return figures;
    }

    /** What a run on a kept store measures again, the option that asks for it, and the figure that says so. */
    enum Kept {
        /** (b) and (d): online doses for the people of the online pool who have none yet. */
        ONLINE("--online-only", "onlineOnly", "online doses"),
        /** (c) and (d). */
        READS("--reads-only", "readsOnly", "reads");

        final String option;
        private final String figure;
        final String measured;

        Kept(String option, String figure, String measured) {
            this.option = option;
            this.figure = figure;
            this.measured = measured;
        }
    }

    /**
     * (b) or (c), with (d), on the store a kept run of the same seed and size left (migrated to this program's schema
     * when it was opened): a change to that phase measured at that size without loading the campaign again.
     *
     * @throws IllegalStateException when the store does not hold the campaign's people
     */
    Figures runKept(Store store, Clock clock, Kept phase) {
        Figures figures = described(store);
        figures.describe(phase.figure, true);
        try (Vaxline vaxline = new Vaxline(store, clock)) {
            LocalDate today = LocalDate.now(clock);
            Campaign campaign = campaign(figures, DemoMasterData.document(), today);
            campaign.drawEveryPerson(); // their identity numbers, which the reads and the online pool find people by
            long stored = store.read(h -> h.createQuery("SELECT COUNT(*) FROM persons").mapTo(Long.class).one());
            if (stored != campaign.people) {
                throw new IllegalStateException("the store holds " + stored + " people where --people is " + campaign.people
                        + ": " + phase.option + " measures the store a --keep run of the same --people and --seed left");
            }
            String token = vaxline.access().service().issueToken(CampaignSetup.OPERATOR, "bench.admin", "bench").token();
            serving(vaxline, token, (http, memory) -> {
                if (phase == Kept.ONLINE) {
                    new OnlinePhase(store, campaign, CampaignSetup.kept(vaxline, token), http, new BareReference(store), today, err,
                            vaxline.registry().recordDose()::writerTime)
                            .run(figures, options.clients(), options.warmUpSeconds(), options.seconds());
                } else {
                    new ReadPhase(store, campaign, http, err).run(figures, options.readClients(), options.warmUpSeconds(), options.readSeconds());
                }
                figures.memory(memory.read());
            });
        }
        return figures;
    }

    private Figures described(Store store) {
        Figures figures = new Figures();
        figures.describe("store", store.dialect() + " " + store.description());
        figures.describe("people", options.people());
        figures.describe("seed", options.seed());
        figures.describe("importBatch", options.importBatch());
        figures.describe("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        return figures;
    }

    /** The campaign the seed and size generate, the same at every run. */
    private Campaign campaign(Figures figures, MasterDocument demo, LocalDate today) {
        Campaign campaign = new Campaign(options.seed(), options.people(), demo.provinces(), CampaignSetup.provinceStores(demo),
                today.minusDays(150));
        figures.describe("communes", campaign.communes.size());
        figures.describe("sites", campaign.sites.size());
        figures.describe("importedDoses", campaign.doses.length);
        return campaign;
    }

    /** The phases that need the application serving HTTP, with their clients and the memory watched meanwhile. */
    private interface Serving {
        void run(HttpClients http, MemoryProbe memory);
    }

    private static void serving(Vaxline vaxline, String token, Serving phases) {
        HttpServer server = ApiServer.start(vaxline, "127.0.0.1", 0);
        try {
            MemoryProbe memory = new MemoryProbe();
            memory.reset();
            phases.run(new HttpClients(server.port(), token), memory);
        } finally {
            server.stop();
        }
    }

    /** (a) The campaign's doses through the real dose import, then the same rows inserted bare. */
    private void importDoses(Figures figures, Campaign campaign, FileImport doses, BareReference bare, Path workDir,
                             StoreWrites writes) {
        Path file = workDir.resolve("bench-doses.csv");
        writeDoses(campaign, file);
        PhaseProgress progress = new PhaseProgress(err, "(a) import doses", campaign.doses.length);
        var writtenBefore = writes.now();
        ImportSummary summary = doses.run(CampaignSetup.OPERATOR, new ImportRequest(file, workDir.resolve("bench-doses.errors.csv"),
                options.importBatch()), progress);
        var writtenAfterImport = writes.now();
        var writtenPerDose = StoreWrites.perUnit(writtenBefore, writtenAfterImport, summary.created());
        if (summary.failed() > 0) {
            err.println("warning: " + summary.failed() + " of " + summary.rows() + " generated doses were refused; see "
                    + summary.errorReport());
        }
        figures.describe("importedDosesRefused", summary.failed());
        PhaseProgress bareProgress = new PhaseProgress(err, "(a) bare insert of the rows", campaign.doses.length);
        long start = System.nanoTime();
        long rows = bare.bulkInsert(file, bareProgress);
        double bareSeconds = (System.nanoTime() - start) / 1e9;
        bareProgress.done();
        var barePerRow = StoreWrites.perUnit(writtenAfterImport, writes.now(), rows);
        // bytes written per dose: whether a dose costs more as the store grows, whatever else the machine was doing
        writtenPerDose.ifPresent(bytes -> figures.describe("importBytesWrittenPerDose", bytes));
        barePerRow.ifPresent(bytes -> figures.describe("bareBytesWrittenPerRow", bytes));
        if (writtenPerDose.isPresent()) {
            figures.describe("bytesWrittenCounts", writes.what());
        }
        figures.rate("(a) bulk import of doses", "doses", summary.rowsPerSecond(), rows / bareSeconds);
    }

    private static void writeDoses(Campaign campaign, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id_number,id_type,product_code,lot_number,site_code,given_on\n");
            for (long dose : campaign.doses) {
                int person = Campaign.dosePerson(dose);
                int site = campaign.personSite[person];
                out.write(campaign.idNumber(person) + ",CCCD," + DemoMasterData.ABDALA + "," + CampaignSetup.LOT_PREFIX
                        + (site % CampaignSetup.LOTS) + "," + campaign.sites.get(site).code() + "," + campaign.doseDay(dose) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Persons' ids by their index in the campaign, looked up by identity number. */
    static List<UUID> personIds(Store store, Campaign campaign, int[] indexes) {
        return store.read(h -> java.util.Arrays.stream(indexes).mapToObj(i -> h.createQuery(
                                "SELECT id FROM persons WHERE identity_type = 'CCCD' AND identity_number = :n")
                        .bind("n", campaign.idNumber(i)).mapTo(UUID.class).one())
                .toList());
    }

    /**
     * The online pool's people who have no dose yet, by their index in the campaign (all of them on a fresh store; on a
     * kept one, those an earlier online run did not reach), and their ids, looked up by identity number.
     */
    record Pool(int[] indexes, List<UUID> ids) {
    }

    static Pool withoutDoses(Store store, Campaign campaign, int[] indexes) {
        return store.read(h -> {
            List<Integer> kept = new java.util.ArrayList<>();
            List<UUID> ids = new java.util.ArrayList<>();
            for (int i : indexes) {
                h.createQuery("SELECT p.id FROM persons p WHERE p.identity_type = 'CCCD' AND p.identity_number = :n"
                                + " AND NOT EXISTS (SELECT 1 FROM doses d WHERE d.person_id = p.id)")
                        .bind("n", campaign.idNumber(i)).mapTo(UUID.class).findOne().ifPresent(id -> {
                            kept.add(i);
                            ids.add(id);
                        });
            }
            return new Pool(kept.stream().mapToInt(Integer::intValue).toArray(), ids);
        });
    }
}
