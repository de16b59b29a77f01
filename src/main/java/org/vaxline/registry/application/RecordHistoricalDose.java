package org.vaxline.registry.application;

import org.vaxline.catalog.domain.Product;
import org.vaxline.person.application.LockedPerson;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.person.domain.Person;
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
import org.vaxline.registry.domain.DoseRecorded;
import org.vaxline.registry.domain.HistoricalDosePolicy;
import org.vaxline.registry.domain.RegistryError;
import org.vaxline.registry.domain.SeriesRule;
import org.vaxline.registry.store.DoseLedger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Records a dose given elsewhere — abroad, or before vaxline — as reported (FHIR {@code primarySource: false}). It
 * counts toward the person's series, schedule and coverage like any dose ({@link DoseRecorded} is announced), but moves
 * no stock: it has no lot, site or stock request of ours. The person is locked first (invariant 6) and the day is
 * checked against birth and today (invariant 7); no interval or series rule refuses what already happened. It is
 * recorded for the person's province, by those who may write there. A resend with the same id answers the stored dose.
 */
public final class RecordHistoricalDose {
    private final Store store;
    private final Clock clock;
    private final PersonDirectory persons;
    private final SeriesRules rules;
    private final Schedules schedules;
    private final DoseLedger ledger;
    private final EventBus events;

    public RecordHistoricalDose(Store store, Clock clock, PersonDirectory persons, SeriesRules rules, Schedules schedules,
                                DoseLedger ledger, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.persons = persons;
        this.rules = rules;
        this.schedules = schedules;
        this.ledger = ledger;
        this.events = events;
    }

    public Recorded<Dose> record(Actor actor, HistoricalDoseRequest r) {
        new Violations()
                .check(r.personId() != null, "personId", "is required")
                .check(r.productId() != null, "productId", "is required")
                .check(r.givenOn() != null, "givenOn", "is required")
                .throwIfAny(RegistryError.DOSE_INVALID);
        UUID id = r.id() == null ? Ids.newId() : r.id();
        String lotNumber = blankToNull(r.reportedLotNumber());
        String elsewhere = blankToNull(r.givenElsewhere());
        return store.inTransaction(h -> {
            Person described = persons.describe(r.personId()).orElseThrow(() -> VaxlineException.notFound("person", r.personId()));
            // a vaccination card may be transcribed at any site of the person's province, or by its managers
            boolean sameProvince = described.provinceCode() != null && described.provinceCode().equals(actor.provinceCode());
            actor.requireWriteAt(sameProvince ? actor.facilityId() : null, described.provinceCode(), "record a historical dose");
            // Everything below is decided with the person locked: a parallel dose for them waits, then sees this one.
            LockedPerson who = persons.lockForDecision(r.personId());
            UUID person = who.survivorId();
            Product product;
            try {
                product = schedules.product(r.productId());
            } catch (VaxlineException unknownProduct) {
                // a resend is answered as one even if its product were gone
                var stored = ledger.find(h, id);
                if (stored.isPresent()) {
                    return retry(stored.get(), person, r, lotNumber, elsewhere);
                }
                throw unknownProduct;
            }
            SeriesRule rule = rules.forProduct(h, product.code());
            DoseLedger.ForDecision read = ledger.forDecision(h, id, who.allIds(), rule.seriesCode());
            if (read.existing().isPresent()) {
                return retry(read.existing().get(), person, r, lotNumber, elsewhere);
            }
            var eligibility = who.eligibility();
            DoseDatePolicy.check(r.givenOn(), LocalDate.now(clock), eligibility.dateOfBirth());
            DoseDatePolicy.requireAlive(r.givenOn(), eligibility.diedOn());
            List<Dose> earlier = read.earlier();
            DoseDecision decision = HistoricalDosePolicy.number(Schedules.priors(earlier), product.regimen(), r.givenOn());
            Dose dose = new Dose(id, person, product.id(), null, null, described.provinceCode(), r.givenOn(),
                    decision.doseNumber(), rule.seriesCode(), decision.kind(), null, null, null, clock.instant(), actor.name(),
                    false, lotNumber, elsewhere);
            ledger.append(h, dose);
            List<Dose> series = new ArrayList<>(earlier);
            series.add(dose);
            series.sort(Comparator.comparing(Dose::givenOn).thenComparing(Dose::doseNumber).thenComparing(Dose::id));
            events.publish(new DoseRecorded(dose, person, List.copyOf(series)));
            return Recorded.created(dose);
        });
    }

    /**
     * Reads what recording these doses together in the caller's transaction needs, a statement each: their people
     * (locked, in one order) and every dose of them and under the requests' ids. Each {@link #record} then decides from
     * memory instead of reading its person and series alone (a FHIR import chunk).
     */
    public void prefetch(List<HistoricalDoseRequest> requests) {
        List<UUID> people = requests.stream().map(HistoricalDoseRequest::personId).filter(Objects::nonNull).distinct().toList();
        if (people.isEmpty()) {
            return;
        }
        List<UUID> ids = requests.stream().map(HistoricalDoseRequest::id).filter(Objects::nonNull).toList();
        persons.lockAllForDecision(people);
        store.read(h -> {
            ledger.prefetch(h, ids, people);
            return null;
        });
    }

    private static Recorded<Dose> retry(Dose stored, UUID person, HistoricalDoseRequest r, String lotNumber, String elsewhere) {
        return Idempotent.retry("dose", stored.id(), stored, stored.sameHistoricalRequestAs(person, r.productId(), r.givenOn(),
                lotNumber, elsewhere));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
