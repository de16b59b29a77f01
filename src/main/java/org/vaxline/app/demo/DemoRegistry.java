package org.vaxline.app.demo;

import org.vaxline.aefi.application.AefiRequest;
import org.vaxline.aefi.domain.AefiOutcome;
import org.vaxline.aefi.domain.Causality;
import org.vaxline.aefi.domain.SeriousCriterion;
import org.vaxline.aefi.domain.Seriousness;
import org.vaxline.app.Vaxline;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.Province;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.person.domain.CitizenId;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.PriorityGroup;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.domain.Dose;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * People of the demo and their doses: in 2021 most of them get Abdala's three doses at their province's sites from
 * the Cuban lots (some stop after one or two and are overdue ever since); today others get the batches made in
 * Viet Nam, some already overdue for their second dose; a few report adverse events. Names, ID serials, phones and
 * dates of birth are generated and illustrative; the ID numbers follow the citizen-ID structure.
 */
final class DemoRegistry {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Đức", "Minh", "Quang", "Thành"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Minh", "Nam", "Quân", "Sơn", "Tuấn"};
    private static final String[] GIVEN_FEMALE = {"Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo", "Trang", "Vy"};
    private static final String[] GROUPS = {"GENERAL", "GENERAL", "GENERAL", "HEALTH_WORKER", "OVER_65", "CHRONIC_DISEASE", "TEACHER", "FRONTLINE"};

    /** The first day the demo gives doses. */
    private static final LocalDate FIRST_DOSES = LocalDate.parse("2021-10-06");

    private final Vaxline vaxline;
    private final Actor actor;
    private final Random random = new Random(2021);
    private final Map<UUID, Map<UUID, Long>> siteStock = new HashMap<>();
    private int serial;
    private Map<String, PriorityGroup> groups;
    private int dosesGiven;

    DemoRegistry(Vaxline vaxline, Actor actor) {
        this.vaxline = vaxline;
        this.actor = actor;
    }

    /** Registers {@code perProvince} people in each province and gives them their 2021 doses at its sites. */
    void vaccinate2021(int perProvince, DemoMoves moves) {
        for (Province province : moves.provinces()) {
            List<Facility> sites = moves.sitesOf(moves.facility("CDC-" + province.code()));
            for (int i = 0; i < perProvince; i++) {
                Facility site = sites.get(i % sites.size());
                UUID person = register(province, site, false);
                LocalDate first = FIRST_DOSES.plusDays(random.nextInt(8));
                int doses = random.nextInt(10) < 8 ? 3 : 1 + random.nextInt(2);
                for (int n = 0; n < doses; n++) {
                    give(person, site, first.plusDays(14L * n));
                }
            }
        }
    }

    /** Today: people in a few provinces start Abdala from the locally made batches; some are overdue for dose 2. */
    void vaccinateToday(int perProvince, DemoMoves moves, LocalDate today) {
        for (Province province : moves.provinces().subList(0, 8)) {
            List<Facility> sites = moves.sitesOf(moves.facility("CDC-" + province.code()));
            for (int i = 0; i < perProvince; i++) {
                Facility site = sites.get(i % sites.size());
                siteStock.remove(site.id());
                UUID person = register(province, site, true);
                LocalDate first = today.minusDays(10 + random.nextInt(25));
                give(person, site, first);
                if (random.nextBoolean() && !first.plusDays(14).isAfter(today)) {
                    give(person, site, first.plusDays(14));
                }
            }
        }
    }

    private UUID register(Province province, Facility site, boolean young) {
        boolean male = random.nextBoolean();
        int year = young ? 1960 + random.nextInt(45) : 1940 + random.nextInt(65);
        LocalDate born = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        Sex sex = male ? Sex.MALE : Sex.FEMALE;
        String id = "0" + province.oldGsoCodes().get(0) + CitizenId.centuryAndSexDigit(year, sex)
                + String.format("%02d", year % 100) + String.format("%06d", 100_000 + ++serial);
        String name = pick(FAMILY) + " " + pick(male ? MIDDLE_MALE : MIDDLE_FEMALE) + " " + pick(male ? GIVEN_MALE : GIVEN_FEMALE);
        String group = year < 1957 ? "OVER_65" : pick(GROUPS);
        if (!ofGroupAges(group, born)) {
            group = PriorityGroup.GENERAL;
        }
        String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
        return vaxline.persons().registerPerson().register(actor, new NewPerson(Ids.fromName("demo:person:" + id),
                IdentityType.CCCD, id, name, born, sex, phone, province.code(), site.parentId(), group, site.id(), true))
                .value().id();
    }

    /**
     * Whether someone born then is of the group's ages from the first demo dose until today (registration checks
     * today, a dose its own day; age only grows, so both ends suffice).
     */
    private boolean ofGroupAges(String code, LocalDate born) {
        if (groups == null) {
            groups = new HashMap<>();
            vaxline.persons().priorityGroups().all().forEach(g -> groups.put(g.code(), g));
        }
        PriorityGroup group = groups.get(code);
        LocalDate today = LocalDate.now(vaxline.clock());
        return group.admits(PriorityGroup.ageOn(born, FIRST_DOSES)) && group.admits(PriorityGroup.ageOn(born, today));
    }

    /** A dose from a lot the site holds that is usable that day; people the site cannot serve are skipped. */
    private void give(UUID person, Facility site, LocalDate on) {
        Map<UUID, Long> stock = siteStock.computeIfAbsent(site.id(), id -> usableAt(site, on));
        UUID lot = stock.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).findFirst().orElse(null);
        if (lot == null) {
            return;
        }
        UUID product = vaxline.lots().availability().state(lot).orElseThrow().productId();
        try {
            Dose dose = vaxline.registry().recordDose().record(actor, new DoseRequest(Ids.fromName("demo:dose:" + person + ":" + on),
                    person, product, lot, site.id(), on, null, null)).value();
            stock.merge(lot, -1L, Long::sum);
            if (++dosesGiven % 97 == 0) {
                reportAdverseEvent(dose);
            }
        } catch (VaxlineException unusable) {
            stock.put(lot, 0L);
        }
    }

    private Map<UUID, Long> usableAt(Facility site, LocalDate on) {
        Map<UUID, Long> lots = new java.util.LinkedHashMap<>();
        vaxline.stock().queries().onHand(site.id(), null, null, null).lines().stream()
                .filter(l -> l.status() == LotStatus.RELEASED && !l.onHold() && !l.expiresOn().isBefore(on.plusDays(28)))
                .forEach(l -> lots.put(l.lotId(), l.quantity()));
        return lots;
    }

    private void reportAdverseEvent(Dose dose) {
        boolean serious = dosesGiven % (97 * 20) == 0;
        vaxline.aefi().reportAefi().report(actor, new AefiRequest(Ids.fromName("demo:aefi:" + dose.id()), dose.id(),
                dose.givenOn().atTime(20, 0).toInstant(ZoneOffset.ofHours(7)),
                serious ? Seriousness.SERIOUS : Seriousness.NON_SERIOUS,
                serious ? List.of(SeriousCriterion.HOSPITALIZATION) : List.of(),
                serious ? Causality.PENDING : Causality.VACCINE_PRODUCT_RELATED, AefiOutcome.RECOVERED,
                serious ? "High fever and difficulty breathing; observed in hospital for two days (illustrative)"
                        : "Pain at the injection site and mild fever the same evening (illustrative)"));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

}
