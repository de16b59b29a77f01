package org.vaxline.site.application;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.person.application.LogReads;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.person.domain.Person;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.application.DueEntry;
import org.vaxline.registry.application.SessionSummary;
import org.vaxline.registry.application.Sessions;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.application.StockQueries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a site's pack from the modules' public queries (the same the API answers from). Every person it shows is
 * written to the access log with the reader, as any other read of the registry.
 */
public final class SitePacks {
    /** A site sees at most this many people in its pack: a day's work and more, small enough to cache in a browser. */
    public static final int MAX_PEOPLE = 2000;
    private final Clock clock;
    private final Facilities facilities;
    private final Catalog catalog;
    private final StockQueries stock;
    private final DoseQueries doses;
    private final Sessions sessions;
    private final PersonDirectory persons;
    private final LogReads reads;
    private final java.util.function.Supplier<Set<String>> citizenIdProvinceCodes;

    public SitePacks(Clock clock, Facilities facilities, Catalog catalog, StockQueries stock, DoseQueries doses,
                     Sessions sessions, PersonDirectory persons, LogReads reads,
                     java.util.function.Supplier<Set<String>> citizenIdProvinceCodes) {
        this.clock = clock;
        this.facilities = facilities;
        this.catalog = catalog;
        this.stock = stock;
        this.doses = doses;
        this.sessions = sessions;
        this.persons = persons;
        this.reads = reads;
        this.citizenIdProvinceCodes = citizenIdProvinceCodes;
    }

    /** The site a workspace works at: a vaccinator's own; anyone else names one they may write at. */
    public Facility siteFor(Actor actor, UUID siteId) {
        UUID id = siteId != null ? siteId : actor.facilityId();
        if (id == null) {
            throw VaxlineException.field(org.vaxline.platform.error.PlatformError.MALFORMED_REQUEST, "site",
                    "name the vaccination site (only a site's vaccinator has one of their own)");
        }
        Facility site = facilities.find(id).orElseThrow(() -> VaxlineException.notFound("site", id));
        actor.requireWriteAt(site.id(), site.provinceCode(), "work at the site");
        return site;
    }

    public SitePack pack(Actor actor, UUID siteId) {
        Facility site = siteFor(actor, siteId);
        LocalDate today = LocalDate.now(clock);
        List<SitePack.StockLine> lines = stockAt(site.id(), today);
        Map<UUID, SitePack.Product> products = new LinkedHashMap<>();
        lines.forEach(l -> products.computeIfAbsent(l.productId(), this::product));

        List<DueEntry> due = new ArrayList<>(doses.dueAt(site.id(), today, null, MAX_PEOPLE).items());
        // overdue first (longest overdue on top), then by the day due
        due.sort(Comparator.comparing(DueEntry::dueOn).thenComparing(DueEntry::personId));
        Map<UUID, DueEntry> nextByPerson = new LinkedHashMap<>();
        due.forEach(d -> nextByPerson.putIfAbsent(d.personId(), d));
        due.forEach(d -> {
            if (d.lastProductId() != null) {
                products.computeIfAbsent(d.lastProductId(), this::product);
            }
        });

        Map<UUID, Person> people = new LinkedHashMap<>();
        for (UUID id : nextByPerson.keySet()) {
            persons.describe(id).ifPresent(p -> people.put(p.id(), p));
        }
        for (Person p : persons.registeredAt(site.id(), MAX_PEOPLE)) {
            if (people.size() >= MAX_PEOPLE) {
                break;
            }
            // a person who died is vaccinated no more: the due list leaves them out, and so does the offline workspace
            if (!p.deceased()) {
                people.putIfAbsent(p.id(), p);
            }
        }
        List<SitePack.PersonEntry> entries = people.values().stream().map(p -> {
            DueEntry next = nextByPerson.get(p.id());
            int nextDose = next != null ? next.doseNumber() : doses.givenTo(p.id()).size() + 1;
            return new SitePack.PersonEntry(p.id(), p.fullName(), p.normalizedName(), p.identityType().name(),
                    p.identityNumber(), p.phone(), p.dateOfBirth(), p.sex().name(), nextDose,
                    next == null ? null : next.lastProductId());
        }).toList();
        reads.logged(actor, people.keySet(), "SITE_PACK");

        List<SitePack.OpenSession> open = sessions.openAt(site.id(), today).stream().map(s -> session(s, lines)).toList();
        return new SitePack(new SitePack.Site(site.id(), site.code(), site.name(), site.provinceCode()), today,
                clock.getZone().getId(), List.copyOf(products.values()), lines,
                due.stream().map(d -> new SitePack.Due(d.personId(), d.seriesCode(), d.doseNumber(), d.dueOn(), d.overdue(),
                        d.lastProductId())).toList(),
                entries, open, citizenIdProvinceCodes.get().stream().sorted().toList());
    }

    /** The lots on hand at a site on a day, the earliest expiry first. */
    public List<SitePack.StockLine> stockAt(UUID siteId, LocalDate day) {
        OnHandReport onHand = stock.onHand(siteId, null, null, day);
        return onHand.lines().stream()
                .filter(l -> l.facilityId().equals(siteId) && l.quantity() > 0)
                .sorted(Comparator.comparing((OnHandReport.Line l) -> l.expiresOn() == null ? LocalDate.MAX : l.expiresOn())
                        .thenComparing(OnHandReport.Line::lotNumber))
                .map(l -> new SitePack.StockLine(l.lotId(), l.lotNumber(), l.productId(), l.quantity(), l.expiresOn(),
                        l.status().name(), l.onHold(), usable(l, day)))
                .toList();
    }

    /** The products of stock lines, with their GTINs. */
    public List<SitePack.Product> productsOf(List<SitePack.StockLine> lines) {
        Map<UUID, SitePack.Product> products = new LinkedHashMap<>();
        lines.forEach(l -> products.computeIfAbsent(l.productId(), this::product));
        return List.copyOf(products.values());
    }

    private static boolean usable(OnHandReport.Line l, LocalDate today) {
        return "RELEASED".equals(l.status().name()) && !l.onHold() && (l.expiresOn() == null || !l.expiresOn().isBefore(today));
    }

    private SitePack.Product product(UUID id) {
        return catalog.product(id).map(p -> new SitePack.Product(p.id(), p.code(), p.name(), p.dosesPerVial(),
                        p.regimen() == null ? 0 : p.regimen().size(), p.gtins()))
                .orElseThrow(() -> VaxlineException.notFound("product", id));
    }

    private static SitePack.OpenSession session(SessionSummary s, List<SitePack.StockLine> lines) {
        return new SitePack.OpenSession(s.id(), s.date(), s.lots().stream().map(l -> new SitePack.OpenSession.Vials(l.lotId(),
                lines.stream().filter(x -> x.lotId().equals(l.lotId())).map(SitePack.StockLine::lotNumber).findFirst().orElse(null),
                l.vialsOpened(), l.administered(), l.dosesOpened() - l.administered())).toList());
    }
}
