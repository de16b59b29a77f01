package org.vaxline.registry.application;

import org.vaxline.catalog.domain.Product;
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
import org.vaxline.platform.store.Store;
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
    private final Schedules schedules;
    private final SessionDraw sessions;
    private final RecordMovement stock;
    private final StockQueries stockQueries;
    private final DoseLedger ledger;
    private final EventBus events;

    public RecordDose(Store store, Clock clock, Facilities facilities, LotAvailability lots, PersonDirectory persons,
                      SeriesRules rules, Schedules schedules, SessionDraw sessions, RecordMovement stock,
                      StockQueries stockQueries, DoseLedger ledger, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.facilities = facilities;
        this.lots = lots;
        this.persons = persons;
        this.rules = rules;
        this.schedules = schedules;
        this.sessions = sessions;
        this.stock = stock;
        this.stockQueries = stockQueries;
        this.ledger = ledger;
        this.events = events;
    }

    /** The stock request that takes a dose from the site: derived from the dose id, so a retry cannot take it twice. */
    public static UUID stockRequestId(UUID doseId) {
        return Ids.fromName("dose:" + doseId);
    }

    public Recorded<Dose> record(Actor actor, DoseRequest r) {
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
        return store.inTransaction(h -> {
            Facility site = facilities.find(r.siteId()).orElseThrow(() -> VaxlineException.notFound("site", r.siteId()));
            actor.requireWriteAt(site.id(), site.provinceCode(), "record a dose");
            // Everything below is decided with the person locked: a parallel dose for them waits, then sees this one.
            UUID person = persons.lockSurvivor(r.personId());
            var existing = ledger.find(h, id);
            if (existing.isPresent()) {
                return Idempotent.retry("dose", id, existing.get(), existing.get().sameRequestAs(person, r.productId(),
                        r.lotId(), r.siteId(), r.givenOn(), r.sessionId(), override));
            }
            Product product = schedules.product(r.productId());
            LotState lot = lots.state(r.lotId()).orElseThrow(() -> VaxlineException.notFound("lot", r.lotId()));
            if (!lot.productId().equals(product.id())) {
                throw VaxlineException.field(RegistryError.DOSE_INVALID, "lotId", "lot " + lot.lotNumber() + " is not a lot of " + product.code());
            }
            PersonEligibility who = persons.eligibility(person);
            DoseDatePolicy.check(r.givenOn(), LocalDate.now(clock), who.dateOfBirth());
            EligibilityPolicy.check(who.dateOfBirth(), r.givenOn(), product.name(), product.eligibleAgeOrAny(),
                    who.priorityGroup(), new AgeRange(who.groupMinAgeYears(), who.groupMaxAgeYears()));
            DoseDatePolicy.requireMade(r.givenOn(), lot.manufacturedOn(), lot.lotNumber());
            lots.requireUsable(lot.lotId(), site.id(), r.givenOn());
            DoseDatePolicy.requireAtSite(r.givenOn(), stockQueries.firstArrival(site.id(), lot.lotId()).orElse(null));
            if (r.sessionId() != null) {
                sessions.requireDoseLeft(h, r.sessionId(), site.id(), r.givenOn(), lot.lotId(), product.dosesPerVial());
            }
            SeriesRule rule = rules.forProduct(h, product.code());
            List<UUID> personIds = persons.allIdsOf(person);
            List<Dose> earlier = ledger.inSeries(h, personIds, rule.seriesCode());
            DoseDecision decision = DosePolicy.decide(Schedules.priors(earlier), product.regimen(), rule, r.givenOn(), override);
            UUID stockRequest = stockRequestId(id);
            // Through the stock ledger: it refuses a site without that lot in stock (409 STOCK_INSUFFICIENT), and rolls us back.
            stock.record(actor, new MovementRequest(stockRequest, MovementType.ISSUE, site.id(), lot.lotId(), null, 1L,
                    r.givenOn(), null, "dose " + id, null, null, null, null));
            Dose dose = new Dose(id, person, product.id(), lot.lotId(), site.id(), site.provinceCode(), r.givenOn(),
                    decision.doseNumber(), rule.seriesCode(), decision.kind(), r.sessionId(), override, stockRequest,
                    clock.instant(), actor.name());
            ledger.append(h, dose);
            List<Dose> series = new ArrayList<>(earlier);
            series.add(dose);
            series.sort(Comparator.comparing(Dose::givenOn).thenComparing(Dose::doseNumber).thenComparing(Dose::id));
            events.publish(new DoseRecorded(dose, person, List.copyOf(series)));
            return Recorded.created(dose);
        });
    }
}
