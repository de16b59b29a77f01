package org.vaxline.app.demo;

import org.vaxline.app.Vaxline;
import org.vaxline.coldchain.application.ExcursionRequest;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.Province;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.lot.domain.NewShelfLifeDecision;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.shipment.domain.NewShipment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The cold chain of the demo. In 2021 the Cuban doses arrive at the national store as two shipments (the purchase
 * and the donation), are released, flow through the regional institutes to the provinces and their sites, are used,
 * outlive a regulator's shelf-life extension and are written off. Today, batches made in Viet Nam under the
 * technology transfer flow the same way: some transfers are still in transit, an excursion has put a province's stock
 * on hold, and one batch is close to expiry. Lot numbers, certificates and quantities below the agreement's are
 * illustrative.
 */
final class DemoSupplyChain {
    private static final int PEOPLE_2021_PER_PROVINCE = 60;
    private static final int PEOPLE_TODAY_PER_PROVINCE = 40;
    private static final Map<String, Long> SHARE_2021 = Map.of(
            "RI-NIHE", 420_000L, "RI-PASTEUR-HCM", 380_000L, "RI-PASTEUR-NHA-TRANG", 150_000L, "RI-TAY-NGUYEN", 100_000L);

    private final Vaxline vaxline;
    private final Actor actor;
    private final UUID abdala;
    private final int dosesPerVial;
    private final DemoMoves moves;
    private final LocalDate today;

    DemoSupplyChain(Vaxline vaxline, Actor actor) {
        this.vaxline = vaxline;
        this.actor = actor;
        var product = vaxline.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow();
        this.abdala = product.id();
        this.dosesPerVial = product.dosesPerVial();
        this.moves = new DemoMoves(vaxline, actor, abdala);
        this.today = LocalDate.now(vaxline.clock());
    }

    void load2021(UUID agreement, UUID commitment) {
        receiveCubanShipments(agreement, commitment);
        List<UUID> lots = vaxline.lots().queries().page(abdala, null, null, 100).items().stream().map(l -> l.lotId()).toList();
        for (int i = 0; i < lots.size(); i++) {
            vaxline.lots().decideRelease().decide(actor, lots.get(i), ReleaseRequest.release(Ids.fromName("demo:release:2021:" + i),
                    "KĐ-2021-0" + (917 + i) + " (illustrative)", LocalDate.parse("2021-09-27")));
        }
        distribute("2021", SHARE_2021, LocalDate.parse("2021-09-28"), 1.0, 0.8, List.of());
        new DemoRegistry(vaxline, actor).vaccinate2021(PEOPLE_2021_PER_PROVINCE, moves);
        // The registry above holds a sample of the people vaccinated; the sites' other doses are issued in bulk.
        for (Facility site : allSites()) {
            moves.issue("2021:use:" + site.code(), site, DemoMoves.roundToVials(moves.onHand(site) * 9 / 10, dosesPerVial),
                    LocalDate.parse("2021-11-20"));
        }
        vaxline.lots().recordShelfLifeDecision().record(actor, abdala, new NewShelfLifeDecision(Ids.fromName("demo:shelf-life:9"),
                9, LocalDate.parse("2022-02-23"), "Drug Administration of Viet Nam (Cục Quản lý Dược)",
                "Shelf life of Abdala extended from 6 to 9 months (decision number illustrative)", null, null));
        moves.writeOffExpired("2022:expired", LocalDate.parse("2022-06-01"));
    }

    private void receiveCubanShipments(UUID agreement, UUID commitment) {
        Facility store = moves.facility("NATIONAL-STORE");
        LocalDate arrived = LocalDate.parse("2021-09-24");
        String gtin = DemoMasterData.ABDALA_GTIN;
        vaxline.shipments().receiveShipment().receive(actor, new NewShipment(Ids.fromName("demo:shipment:abdala-purchased"),
                agreement, commitment, store.id(), arrived, "Handed over in Hanoi: doses purchased", false, List.of(
                new NewShipment.Line("A2109-01", gtin, LocalDate.parse("2021-07-26"), LocalDate.parse("2022-01-26"), 300_000L, null, null),
                new NewShipment.Line("A2109-02", gtin, LocalDate.parse("2021-08-09"), LocalDate.parse("2022-02-09"), null, 30_000L, null),
                new NewShipment.Line(null, null, null, null, 300_000L, null, "(01)" + gtin + "(11)210823(17)220223(10)A2109-03"))));
        vaxline.shipments().receiveShipment().receive(actor, new NewShipment(Ids.fromName("demo:shipment:abdala-donated"),
                agreement, commitment, store.id(), arrived, "Handed over in Hanoi: doses donated by Cuba", false, List.of(
                new NewShipment.Line(null, null, null, null, 150_000L, null, "]d201" + gtin + "112108231722022310A2109-04"))));
    }

    /** Batches made in Viet Nam under the technology transfer, moving through the cold chain now. */
    void loadToday() {
        Facility store = moves.facility("NATIONAL-STORE");
        String[][] batches = {{"VN-ABD-2601", "250", "200000"}, {"VN-ABD-2603", "180", "300000"}, {"VN-ABD-2605", "100", "300000"}};
        for (String[] batch : batches) {
            LocalDate made = today.minusDays(Long.parseLong(batch[1]));
            UUID lot = Ids.fromName("demo:lot:" + batch[0]);
            vaxline.lots().registerLots().register(actor, List.of(new NewLot(lot, abdala, batch[0], DemoMasterData.ABDALA_GTIN,
                    made, made.plusMonths(9))));
            moves.receipt("local:" + batch[0], store, lot, Long.parseLong(batch[2]), made.plusDays(20),
                    "Made in Viet Nam under the Abdala technology transfer (illustrative)");
            vaxline.lots().decideRelease().decide(actor, lot, ReleaseRequest.release(Ids.fromName("demo:release:" + batch[0]),
                    "KĐ-" + batch[0] + " (illustrative)", made.plusDays(25)));
        }
        Map<String, Long> share = Map.of("RI-NIHE", 150_000L, "RI-PASTEUR-HCM", 150_000L, "RI-PASTEUR-NHA-TRANG", 150_000L,
                "RI-TAY-NGUYEN", 150_000L);
        distribute("now", share, today.minusDays(40), 0.6, 0.5, List.of("RI-TAY-NGUYEN"));
        for (Facility site : allSites()) {
            long stock = moves.onHand(site);
            moves.issue("now:use1:" + site.code(), site, DemoMoves.roundToVials(stock / 5, dosesPerVial), today.minusDays(15));
            moves.issue("now:use2:" + site.code(), site, DemoMoves.roundToVials(stock / 5, dosesPerVial), today.minusDays(8));
            moves.issue("now:use3:" + site.code(), site, DemoMoves.roundToVials(stock / 5, dosesPerVial), today.minusDays(2));
        }
        new DemoRegistry(vaxline, actor).vaccinateToday(PEOPLE_TODAY_PER_PROVINCE, moves, today);
        Facility hue = moves.facility("CDC-46");
        vaxline.coldChain().recordExcursion().record(actor, new ExcursionRequest(Ids.fromName("demo:excursion:hue"), hue.id(), null,
                today.minusDays(1).atTime(2, 0).toInstant(ZoneOffset.ofHours(7)), 300, 1.5, 11.0,
                "Refrigerator door left ajar overnight (illustrative); data logger reading attached"));
    }

    /**
     * Sends the national store's doses to the institutes, a share of each institute's to its provinces by population,
     * and a share of each province's to its sites; transfers from the institutes named in {@code inTransit} are not yet
     * received.
     */
    private void distribute(String wave, Map<String, Long> toInstitutes, LocalDate start, double instituteShare,
                            double provinceShare, List<String> inTransit) {
        Facility store = moves.facility("NATIONAL-STORE");
        Map<String, List<Province>> byInstitute = moves.provinces().stream()
                .collect(Collectors.groupingBy(Province::regionalInstituteCode));
        toInstitutes.keySet().stream().sorted().forEach(code -> {
            Facility institute = moves.facility(code);
            UUID sent = moves.transfer(wave + ":to:" + code, store, institute, toInstitutes.get(code), start);
            moves.receive(wave + ":at:" + code, sent, start.plusDays(2));
            List<Province> provinces = byInstitute.getOrDefault(code, List.of());
            long population = provinces.stream().mapToLong(Province::population).sum();
            long toSend = (long) (moves.onHand(institute) * instituteShare);
            for (Province province : provinces) {
                Facility cdc = moves.facility("CDC-" + province.code());
                long doses = DemoMoves.roundToVials(toSend * province.population() / Math.max(1, population), dosesPerVial);
                UUID toCdc = moves.transfer(wave + ":to:" + cdc.code(), institute, cdc, doses, start.plusDays(3));
                if (inTransit.contains(code)) {
                    continue;
                }
                moves.receive(wave + ":at:" + cdc.code(), toCdc, start.plusDays(5));
                List<Facility> sites = moves.sitesOf(cdc);
                long perSite = DemoMoves.roundToVials((long) (moves.onHand(cdc) * provinceShare) / Math.max(1, sites.size()), dosesPerVial);
                for (Facility site : sites) {
                    UUID toSite = moves.transfer(wave + ":to:" + site.code(), cdc, site, perSite, start.plusDays(7));
                    moves.receive(wave + ":at:" + site.code(), toSite, start.plusDays(8));
                }
            }
        });
    }

    private List<Facility> allSites() {
        return moves.provinces().stream().flatMap(p -> moves.sitesOf(moves.facility("CDC-" + p.code())).stream()).toList();
    }
}
