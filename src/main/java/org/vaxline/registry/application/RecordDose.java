package org.vaxline.registry.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Product;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.lot.domain.LotUsability;
import org.vaxline.person.application.LockedPerson;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.domain.LotState;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.person.application.PersonEligibility;
import org.vaxline.catalog.domain.AgeRange;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.event.EventBus;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.GroupCommit;
import org.vaxline.platform.store.Store;
import org.vaxline.platform.store.WriterTime;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.DoseDatePolicy;
import org.vaxline.registry.domain.DoseDecision;
import org.vaxline.registry.domain.DosePolicy;
import org.vaxline.registry.domain.DoseRecorded;
import org.vaxline.registry.domain.EligibilityPolicy;
import org.vaxline.registry.domain.RegistryError;
import org.vaxline.registry.domain.SeriesRule;
import org.vaxline.registry.store.DoseLedger;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.application.RecordMovement;
import org.vaxline.stock.application.StockQueries;
import org.vaxline.stock.domain.MovementType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records one dose (invariant 3): against a released, unexpired lot not on hold at the site, in stock there, with its
 * number inferred from the series. The person is locked first, so parallel requests for one person are decided one at a
 * time (invariant 6), the day is checked against the facts it depends on (invariant 7), and the person's age that day
 * against the product's eligible ages and their priority group's (data, not code). The dose and the ISSUE of
 * one dose from the site's stock are written in one transaction, which announces {@link DoseRecorded} to the schedule
 * and coverage, or nothing is. A retry with the same id is answered with the stored dose.
 */
public final class RecordDose {
    private final Store store;
    private final Clock clock;
    private final Facilities facilities;
    private final LotAvailability lots;
    private final PersonDirectory persons;
    private final SeriesRules rules;
    private final SessionDraw sessions;
    private final RecordMovement stock;
    private final StockQueries stockQueries;
    private final DoseLedger ledger;
    private final EventBus events;
    private final Catalog catalog;
    /** Doses grouped into one transaction per batch; at most this many in one. */
    private static final int MAX_BATCH = 512;
    private final GroupCommit<Submitted, Recorded<Dose>> batches;

    public RecordDose(Store store, Clock clock, Facilities facilities, LotAvailability lots, PersonDirectory persons,
                      SeriesRules rules, Catalog catalog, SessionDraw sessions, RecordMovement stock,
                      StockQueries stockQueries, DoseLedger ledger, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.facilities = facilities;
        this.lots = lots;
        this.persons = persons;
        this.rules = rules;
        this.catalog = catalog;
        this.batches = new GroupCommit<>("doses", store, GroupCommit.writersFor(store.dialect()), MAX_BATCH,
                this::prefetch, (h, s, alone) -> decide(h, s.actor(), checked(s.request()), alone));
        this.sessions = sessions;
        this.stock = stock;
        this.stockQueries = stockQueries;
        this.ledger = ledger;
        this.events = events;
    }

    /**
     * Records the dose with the doses that arrive meanwhile, in one transaction ({@link GroupCommit}), and answers once
     * that committed. Called inside a transaction (a FHIR bundle, an import batch), it joins that one instead.
     */
    public Recorded<Dose> record(Actor actor, DoseRequest r) {
        DoseRequest checked = checked(r);
        if (store.inTransactionNow()) {
            return store.inTransaction(h -> decide(h, actor, checked, true));
        }
        return batches.submit(checked.personId(), new Submitted(actor, checked));
    }

    /** A request waiting for its batch, with who asked. */
    private record Submitted(Actor actor, DoseRequest request) {
    }

    /**
     * Records doses together in one transaction (or the caller's), each answered or refused on its own as if recorded
     * alone: for bulk work that has its doses at hand (an import).
     */
    public List<GroupCommit.Outcome<Recorded<Dose>>> recordTogether(Actor actor, List<DoseRequest> requests) {
        List<Submitted> checked = new ArrayList<>(requests.size());
        for (DoseRequest r : requests) {
            checked.add(new Submitted(actor, r));
        }
        return batches.recordTogether(checked);
    }

    /** Where the dose writer's time went so far: waiting, reading, deciding, writing (issue 13's online figure). */
    public WriterTime.Spent writerTime() {
        return batches.timeSpent();
    }

    /** Stops the writer threads, once what is queued is recorded. */
    public void close() {
        batches.close();
    }

    /**
     * Reads what a batch's decisions need, each in one statement: the sites not cached, the people (locked), their
     * doses and the doses under the requests' ids, the site balances they take from, the days their lots arrived there
     * and the lots' states. All before the first dose holds a row back: a read mid-batch writes every row held so far
     * first (DeferredWrites). Requests still incomplete are left to {@link #checked}.
     */
    private void prefetch(Handle h, List<Submitted> batch) {
        List<DoseRequest> complete = batch.stream().map(Submitted::request)
                .filter(r -> r.personId() != null && r.lotId() != null && r.siteId() != null).toList();
        List<UUID> people = complete.stream().map(DoseRequest::personId).distinct().toList();
        facilities.readAhead(complete.stream().map(DoseRequest::siteId).toList());
        persons.lockAllForDecision(people);
        ledger.prefetch(h, complete.stream().map(DoseRequest::id).filter(java.util.Objects::nonNull).toList(), people);
        List<Map.Entry<UUID, UUID>> siteLots = complete.stream().map(r -> Map.entry(r.siteId(), r.lotId())).distinct().toList();
        stock.holdBalances(siteLots);
        stockQueries.knowFirstArrivals(siteLots);
        lots.readAhead(siteLots.stream().map(Map.Entry::getValue).toList());
    }

    /** The request with its id (chosen here when the client gave none) and a blank override reason made absent; 400 if incomplete. */
    static DoseRequest checked(DoseRequest r) {
        new Violations()
                .check(r.personId() != null, "personId", "is required")
                .check(r.productId() != null, "productId", "is required")
                .check(r.lotId() != null, "lotId", "is required")
                .check(r.siteId() != null, "siteId", "is required")
                .check(r.givenOn() != null, "givenOn", "is required")
                .throwIfAny(RegistryError.DOSE_INVALID);
        UUID id = r.id() == null ? Ids.newId() : r.id();
        String override = r.intervalOverrideReason() == null || r.intervalOverrideReason().isBlank() ? null
                : r.intervalOverrideReason().trim();
        return new DoseRequest(id, r.personId(), r.productId(), r.lotId(), r.siteId(), r.givenOn(), r.sessionId(), override);
    }

    /**
     * Decides one checked request inside the caller's transaction and writes it. Every refusal is thrown before the first
     * write (the stock balance moves first, and refuses by itself), so a refused dose leaves the transaction as it found
     * it: a batch of doses in one transaction can go on with the next. Master data (site, product, series rule, priority
     * group) comes from caches; the person, the ledger, the lot and the lot's arrival are one statement each.
     */
    Recorded<Dose> decide(Handle h, Actor actor, DoseRequest r, boolean alone) {
        UUID id = r.id();
        String override = r.intervalOverrideReason();
        Facility site = facilities.find(r.siteId()).orElseThrow(() -> VaxlineException.notFound("site", r.siteId()));
        actor.requireWriteAt(site.id(), site.provinceCode(), "record a dose");
        // Everything below is decided with the person locked: a parallel dose for them waits, then sees this one.
        LockedPerson who = persons.lockForDecision(r.personId());
        UUID person = who.survivorId();
        Optional<Product> known = catalog.product(r.productId());
        if (known.isEmpty()) {
            // a retry is answered as one even if its product were gone; otherwise the product is not found
            var existing = ledger.find(h, id);
            if (existing.isPresent()) {
                return retry(existing.get(), person, r);
            }
            throw VaxlineException.notFound("product", r.productId());
        }
        Product product = known.get();
        SeriesRule rule = rules.forProduct(h, product.code());
        DoseLedger.ForDecision read = ledger.forDecision(h, id, who.allIds(), rule.seriesCode());
        if (read.existing().isPresent()) {
            return retry(read.existing().get(), person, r);
        }
        LotState lot = lots.stateAt(r.lotId(), site.id()).orElseThrow(() -> VaxlineException.notFound("lot", r.lotId()));
        if (!lot.productId().equals(product.id())) {
            throw VaxlineException.field(RegistryError.DOSE_INVALID, "lotId", "lot " + lot.lotNumber() + " is not a lot of " + product.code());
        }
        PersonEligibility eligibility = who.eligibility();
        DoseDatePolicy.check(r.givenOn(), LocalDate.now(clock), eligibility.dateOfBirth());
        DoseDatePolicy.requireAlive(r.givenOn(), eligibility.diedOn());
        EligibilityPolicy.check(eligibility.dateOfBirth(), r.givenOn(), product.name(), product.eligibleAgeOrAny(),
                eligibility.priorityGroup(), new AgeRange(eligibility.groupMinAgeYears(), eligibility.groupMaxAgeYears()));
        DoseDatePolicy.requireMade(r.givenOn(), lot.manufacturedOn(), lot.lotNumber());
        LotUsability.requireUsable(lot, site.id(), r.givenOn());
        DoseDatePolicy.requireAtSite(r.givenOn(), stockQueries.firstArrivalForDoseOn(site.id(), lot.lotId(), r.givenOn()).orElse(null));
        if (r.sessionId() != null) {
            sessions.requireDoseLeft(h, r.sessionId(), site.id(), r.givenOn(), lot.lotId(), product.dosesPerVial());
        }
        List<Dose> earlier = read.earlier();
        DoseDecision decision = DosePolicy.decide(Schedules.priors(earlier), product.regimen(), rule, r.givenOn(), override);
        // A new time-ordered id, kept on the dose: a retry is answered from the dose above and never reaches the stock.
        // (It was a hash of the dose id, which put each dose's entry on a random page of the requests' index.)
        UUID stockRequest = Ids.newId();
        MovementRequest issue = new MovementRequest(stockRequest, MovementType.ISSUE, site.id(), lot.lotId(), null, 1L,
                r.givenOn(), null, "dose " + id, null, null, null, null);
        if (site.type() != FacilityType.SITE && !alone) {
            // a store giving doses goes through the stock ledger's own rules, which may refuse after writing
            throw new GroupCommit.RunAlone();
        }
        if (site.type() == FacilityType.SITE) {
            // checked above as the stock ledger would: it only writes, or refuses (409 STOCK_INSUFFICIENT) having written nothing
            stock.issueChecked(actor, issue, site.provinceCode(), product.id());
        } else {
            // a store giving doses: the stock ledger's own rules for stores (first expiry first out) apply
            stock.record(actor, issue);
        }
        Dose dose = new Dose(id, person, product.id(), lot.lotId(), site.id(), site.provinceCode(), r.givenOn(),
                decision.doseNumber(), rule.seriesCode(), decision.kind(), r.sessionId(), override, stockRequest,
                clock.instant(), actor.name());
        ledger.append(h, dose);
        List<Dose> series = new ArrayList<>(earlier);
        series.add(dose);
        series.sort(Comparator.comparing(Dose::givenOn).thenComparing(Dose::doseNumber).thenComparing(Dose::id));
        events.publish(new DoseRecorded(dose, person, List.copyOf(series)));
        return Recorded.created(dose);
    }

    private static Recorded<Dose> retry(Dose stored, UUID person, DoseRequest r) {
        return Idempotent.retry("dose", r.id(), stored, stored.sameRequestAs(person, r.productId(), r.lotId(), r.siteId(),
                r.givenOn(), r.sessionId(), r.intervalOverrideReason()));
    }
}
