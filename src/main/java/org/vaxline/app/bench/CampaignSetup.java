package org.vaxline.app.bench;

import org.vaxline.access.application.NewUser;
import org.vaxline.app.Vaxline;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.masterdata.domain.MasterDocument;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.registryimport.application.FileImport;
import org.vaxline.registryimport.application.ImportRequest;
import org.vaxline.registryimport.domain.ImportSummary;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.domain.MovementType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Puts a generated campaign into a fresh store through the application's own use cases (not measured): the master
 * data with the generated communes and sites, released lots, each site's stock received, the people through the
 * person import, and a national admin's token for the HTTP phases.
 */
final class CampaignSetup {
    static final String LOT_PREFIX = "BENCH-";
    static final int LOTS = 4;
    static final Actor OPERATOR = Actor.operator("bench");

    private final Vaxline vaxline;
    private final PrintWriter err;

    CampaignSetup(Vaxline vaxline, PrintWriter err) {
        this.vaxline = vaxline;
        this.err = err;
    }

    /** The demo's provinces and cold chain down to the provincial stores, plus the campaign's communes and sites. */
    static MasterDocument masterData(MasterDocument demo, Campaign campaign) {
        List<Facility> facilities = new ArrayList<>(demo.facilities().stream()
                .filter(f -> f.type() != FacilityType.COMMUNE && f.type() != FacilityType.SITE).toList());
        facilities.addAll(campaign.communes);
        facilities.addAll(campaign.sites);
        return new MasterDocument(demo.partners(), demo.products(), demo.commodities(), demo.provinces(), facilities);
    }

    static List<Facility> provinceStores(MasterDocument demo) {
        return demo.facilities().stream().filter(f -> f.type() == FacilityType.PROVINCE).toList();
    }

    /** Loads everything but the doses; answers the lots (by index) and the admin's bearer token. */
    Loaded load(Campaign campaign, MasterDocument document, FileImport personImport, Path workDir) {
        PhaseProgress master = new PhaseProgress(err, "setup: master data", 1);
        vaxline.masterData().masterData().importDocument(OPERATOR, document);
        master.done();
        UUID product = vaxline.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
        LocalDate made = campaign.firstDay.minusDays(20);
        List<UUID> lots = new ArrayList<>();
        for (int i = 0; i < LOTS; i++) {
            UUID lot = lotId(i);
            vaxline.lots().registerLots().register(OPERATOR, List.of(new NewLot(lot, product, LOT_PREFIX + i,
                    DemoMasterData.ABDALA_GTIN, made, made.plusMonths(6))));
            vaxline.lots().decideRelease().decide(OPERATOR, lot, ReleaseRequest.release(Ids.fromName("bench:release:" + i),
                    "NCL-" + LOT_PREFIX + i, campaign.firstDay.minusDays(10)));
            lots.add(lot);
        }
        PhaseProgress stock = new PhaseProgress(err, "setup: stock at sites", campaign.sites.size());
        for (int s = 0; s < campaign.sites.size(); s++) {
            vaxline.stock().recordMovement().record(OPERATOR, new MovementRequest(Ids.fromName("bench:receipt:" + s),
                    MovementType.RECEIPT, campaign.sites.get(s).id(), lots.get(s % LOTS), null, campaign.siteDoses[s] + 5,
                    campaign.firstDay.minusDays(5), null, "bench supply", null, null, null, null));
            stock.advance(1);
        }
        stock.done();
        Path people = workDir.resolve("bench-people.csv");
        writePeople(campaign, people);
        PhaseProgress progress = new PhaseProgress(err, "setup: import persons", campaign.people);
        ImportSummary persons = personImport.run(OPERATOR, new ImportRequest(people, workDir.resolve("bench-people.errors.csv"),
                ImportRequest.DEFAULT_BATCH), progress);
        if (persons.failed() > 0) {
            throw new IllegalStateException(persons.failed() + " generated people were refused; see " + persons.errorReport());
        }
        vaxline.access().service().addUser(OPERATOR, new NewUser("bench.admin", Role.NATIONAL_ADMIN, null));
        String token = vaxline.access().service().issueToken(OPERATOR, "bench.admin", "bench").token();
        return new Loaded(lots, product, token, persons);
    }

    /** What {@link #load} answered, found again in a store it loaded earlier (its lots' ids are named by their index). */
    static Loaded kept(Vaxline vaxline, String token) {
        UUID product = vaxline.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
        List<UUID> lots = new ArrayList<>();
        for (int i = 0; i < LOTS; i++) {
            lots.add(lotId(i));
        }
        return new Loaded(lots, product, token, null);
    }

    private static UUID lotId(int index) {
        return Ids.fromName("bench:lot:" + index);
    }

    private static void writePeople(Campaign campaign, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("full_name,date_of_birth,sex,id_type,id_number,phone,province_code,commune_code,priority_group\n");
            for (int i = 0; i < campaign.people; i++) {
                Campaign.PersonRow p = campaign.person(i);
                out.write(p.fullName() + "," + p.born() + "," + p.sex() + ",CCCD," + p.idNumber() + "," + p.phone() + ","
                        + p.provinceCode() + "," + p.communeCode() + ",GENERAL\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param persons the person import's summary (null when found again in a kept store) */
    record Loaded(List<UUID> lots, UUID productId, String token, ImportSummary persons) {
    }
}
