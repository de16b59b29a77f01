package org.vaxline.registry.application;

import org.vaxline.person.application.PersonDirectory;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.Schedule;
import org.vaxline.registry.store.DoseLedger;
import org.vaxline.registry.store.ScheduleProjection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the dose ledger: a person's doses and schedules, the doses of a lot (for adverse events), due lists. */
public final class DoseQueries {
    private final Store store;
    private final Clock clock;
    private final PersonDirectory persons;
    private final Schedules schedules;
    private final DoseLedger ledger;
    private final ScheduleProjection projection;

    public DoseQueries(Store store, Clock clock, PersonDirectory persons, Schedules schedules, DoseLedger ledger,
                       ScheduleProjection projection) {
        this.store = store;
        this.clock = clock;
        this.persons = persons;
        this.schedules = schedules;
        this.ledger = ledger;
        this.projection = projection;
    }

    public java.util.Optional<Dose> dose(UUID id) {
        return store.read(h -> ledger.find(h, id));
    }

    /** A dose as recorded, with its reversal if it was reversed. */
    public java.util.Optional<DoseView> view(UUID id) {
        return store.read(h -> ledger.find(h, id).map(d -> new DoseView(d, ledger.reversalOf(h, id).orElse(null))));
    }

    /** The person's doses and those of every record merged into them, with the schedule per series as of today. */
    public PersonDoses ofPerson(UUID personId) {
        UUID survivor = persons.resolve(personId);
        List<UUID> ids = persons.allIdsOf(survivor);
        List<Dose> doses = store.read(h -> ledger.ofPersons(h, ids));
        Map<String, List<Dose>> bySeries = new LinkedHashMap<>();
        doses.forEach(d -> bySeries.computeIfAbsent(d.seriesCode(), s -> new ArrayList<>()).add(d));
        LocalDate today = LocalDate.now(clock);
        List<Schedule> result = bySeries.values().stream().map(series -> schedules.of(series, today)).toList();
        return new PersonDoses(survivor, doses, result);
    }

    /** The doses given to a person and every record merged into them (reversed doses left out), in the order given. */
    public List<Dose> givenTo(UUID personId) {
        return store.read(h -> ledger.ofPersons(h, persons.allIdsOf(persons.resolve(personId))));
    }

    /** Every recorded dose, for recounts of what is kept from them (coverage). */
    public List<Dose> all() {
        return store.read(ledger::all);
    }

    /** How many doses were given from a lot (every site, every person). */
    public long countOfLot(UUID lotId) {
        return store.read(h -> ledger.countOfLot(h, lotId));
    }

    /** How many people were given a dose from a lot (a person's record counted once, reversed doses left out). */
    public long recipientsCountOfLot(UUID lotId) {
        return store.read(h -> ledger.recipientsOfLot(h, lotId));
    }

    /** The doses given from a lot, each naming its recipient, site and day, in id order after a cursor. */
    public Page<Dose> recipientsOfLot(UUID lotId, UUID after, int limit) {
        return Page.of(store.read(h -> ledger.ofLot(h, lotId, after, limit + 1)), limit, d -> d.id().toString());
    }

    /**
     * Whose next dose is due or overdue on the day, among people whose last dose was at the site or who were registered
     * at it, in person order after a cursor (a person id).
     */
    public Page<DueEntry> dueAt(UUID siteId, LocalDate day, UUID after, int limit) {
        if (day == null) {
            throw VaxlineException.field(org.vaxline.registry.domain.RegistryError.DOSE_INVALID, "date", "is required");
        }
        List<ScheduleProjection.Row> rows = store.read(h -> projection.dueAt(h, siteId, day, after, limit + 1));
        List<DueEntry> entries = rows.stream().map(r -> entry(r, day)).toList();
        // the cursor is a person: a page that ends among one person's series skips their remaining ones (rare: one series each)
        return Page.of(entries, limit, e -> e.personId().toString());
    }

    /** Every person and series due on or before the day, anywhere. */
    public List<DueEntry> dueBy(LocalDate day) {
        return store.read(h -> projection.dueBy(h, day)).stream().map(r -> entry(r, day)).toList();
    }

    private static DueEntry entry(ScheduleProjection.Row r, LocalDate day) {
        return new DueEntry(r.personId(), r.seriesCode(), r.nextDoseNumber(), r.nextKind(), r.earliestOn(), r.dueOn(),
                day.isAfter(r.dueOn()), r.lastProductId(), r.lastSiteId());
    }

    /**
     * Doses matching a search, each with its reversal when it was reversed, in id order after a cursor. A search by
     * person reaches the records merged into them too.
     */
    public Page<DoseView> search(DoseSearch search, UUID after, int limit) {
        DoseSearch q = widenedToMerged(search);
        return store.read(h -> {
            List<Dose> fetched = ledger.search(h, q, after, limit + 1);
            Page<Dose> page = Page.of(fetched, limit, d -> d.id().toString());
            Map<UUID, org.vaxline.registry.domain.DoseReversal> reversals = q.includeReversed()
                    ? ledger.reversalsOf(h, page.items().stream().map(Dose::id).toList()) : Map.of();
            return new Page<>(page.items().stream().map(d -> new DoseView(d, reversals.get(d.id()))).toList(), page.next());
        });
    }

    /** How many doses match a search. */
    public long count(DoseSearch search) {
        DoseSearch q = widenedToMerged(search);
        return store.read(h -> ledger.count(h, q));
    }

    /**
     * Doses given per day in a province (null: the country) between two days (null: unbounded), reversed ones left
     * out: the figure the coverage pages chart and {@code GET /api/v1/doses-per-day} answers.
     */
    public DosesPerDay perDay(String provinceCode, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw VaxlineException.field(org.vaxline.platform.error.PlatformError.VALIDATION_FAILED, "from",
                    "is after to (" + from + " > " + to + ")");
        }
        DoseSearch q = new DoseSearch(null, null, null, from, to, null, provinceCode, false);
        return new DosesPerDay(provinceCode, from, to, store.read(h -> ledger.perDay(h, q)));
    }

    private DoseSearch widenedToMerged(DoseSearch q) {
        if (q.personIds() == null) {
            return q;
        }
        java.util.Set<UUID> ids = new java.util.LinkedHashSet<>();
        for (UUID id : q.personIds()) {
            try {
                ids.addAll(persons.allIdsOf(persons.resolve(id)));
            } catch (VaxlineException unknown) {
                // a person who does not exist has no doses
            }
        }
        return new DoseSearch(ids, q.productIds(), q.lotIds(), q.from(), q.to(), q.recordedSince(), q.provinceCode(),
                q.includeReversed(), q.givenHereOnly());
    }
}
