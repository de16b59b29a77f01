package org.vaxline.person.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.person.domain.CitizenId;
import org.vaxline.person.domain.CorrectionPolicy;
import org.vaxline.person.domain.CorrectionRequest;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonCorrected;
import org.vaxline.person.domain.PersonCorrection;
import org.vaxline.person.domain.PersonError;
import org.vaxline.person.domain.PersonScope;
import org.vaxline.person.domain.PriorityGroup;
import org.vaxline.person.store.CorrectionLedger;
import org.vaxline.person.store.MergeLedger;
import org.vaxline.person.store.PersonStore;
import org.vaxline.person.store.PriorityGroupStore;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.event.EventBus;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Corrects a person's record with an append-only entry (the fields named, before and after, the reason, who and
 * when) and moves the persons row, its projection, in the same transaction; then announces {@link PersonCorrected}
 * inside that transaction, so a subscriber's failure undoes the correction. The person's row is locked while the
 * correction decides, so two parallel corrections cannot both start from the old values. Retried with the same id and
 * content, it records nothing more.
 */
public final class CorrectPerson {
    private final Store store;
    private final Clock clock;
    private final Facilities facilities;
    private final CitizenIds citizenIds;
    private final PersonStore persons;
    private final MergeLedger merges;
    private final CorrectionLedger corrections;
    private final PriorityGroupStore groups;
    private final PersonDirectory directory;
    private final EventBus events;

    public CorrectPerson(Store store, Clock clock, Facilities facilities, CitizenIds citizenIds, PersonStore persons,
                         MergeLedger merges, CorrectionLedger corrections, PriorityGroupStore groups,
                         PersonDirectory directory, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.facilities = facilities;
        this.citizenIds = citizenIds;
        this.persons = persons;
        this.merges = merges;
        this.corrections = corrections;
        this.groups = groups;
        this.directory = directory;
        this.events = events;
    }

    /** @return the corrected person as a read answers them */
    public Recorded<PersonRecord> correct(Actor actor, UUID personId, CorrectionRequest request) {
        UUID entryId = request.id() == null ? Ids.newId() : request.id();
        LocalDate today = LocalDate.now(clock);
        CitizenId rule = citizenIds.rule();
        return store.inTransaction(h -> {
            Person current = persons.findForUpdate(h, personId, store.dialect())
                    .orElseThrow(() -> VaxlineException.notFound("person", personId));
            String action = "correct a person of province " + current.provinceCode();
            Optional<PersonCorrection> existing = corrections.find(h, entryId);
            if (existing.isPresent()) {
                PersonScope.requireWrite(actor, current.provinceCode(), action);
                var named = CorrectionPolicy.apply(current, request, rule, today, new Violations()).fields();
                String reason = request.reason() == null ? null : request.reason().strip();
                return Idempotent.retry("person correction", entryId, directory.record(h, personId).orElseThrow(),
                        existing.get().sameRequestAs(personId, named, reason));
            }
            Optional<UUID> survivor = merges.mergedInto(h, personId);
            if (survivor.isPresent()) {
                throw new VaxlineException(PersonError.PERSON_ALREADY_MERGED,
                        "person " + personId + " was merged into " + survivor.get() + ": correct the surviving record",
                        Map.of(), Map.of("survivorId", survivor.get()));
            }
            PersonScope.requireWrite(actor, current.provinceCode(), action);
            Violations v = new Violations();
            CorrectionPolicy.Outcome outcome = CorrectionPolicy.apply(current, request, rule, today, v);
            checkReferences(h, current, outcome, today, v);
            v.throwIfAny(PersonError.PERSON_CORRECTION_INVALID);
            NewPerson corrected = outcome.corrected();
            if (outcome.changes("provinceCode")) {
                // A move writes into the new province too: both must be the actor's (a national admin moves anyone).
                PersonScope.requireWrite(actor, corrected.provinceCode(), "move a person to province " + corrected.provinceCode());
            }
            if (outcome.changes("identityType") || outcome.changes("identityNumber")) {
                refuseTakenIdentity(h, personId, corrected);
            }
            Person after = CorrectionPolicy.corrected(current, corrected, clock.instant(), actor.name());
            PersonCorrection entry = CorrectionPolicy.entry(entryId, after, outcome.fields(), request.reason());
            corrections.insert(h, entry);
            persons.applyCorrection(h, after);
            events.publish(new PersonCorrected(personId, current, after, entryId, outcome.changedFields(), entry.reason(),
                    entry.recordedAt(), entry.recordedBy()));
            return Recorded.created(directory.record(h, personId).orElseThrow());
        });
    }

    private void checkReferences(Handle h, Person current, CorrectionPolicy.Outcome outcome, LocalDate today, Violations v) {
        NewPerson c = outcome.corrected();
        if (outcome.changes("provinceCode") && c.provinceCode() != null && !c.provinceCode().isBlank()) {
            v.check(facilities.province(c.provinceCode()).isPresent(), "provinceCode", "no province " + c.provinceCode());
        }
        if (c.communeId() != null && (outcome.changes("communeId") || outcome.changes("provinceCode"))) {
            Optional<Facility> commune = facilities.find(c.communeId());
            boolean ok = commune.isPresent() && commune.get().type() == FacilityType.COMMUNE
                    && commune.get().provinceCode().equals(c.provinceCode());
            v.check(ok, "communeId", outcome.changes("communeId") ? "no commune " + c.communeId() + " in province " + c.provinceCode()
                    : "the commune " + c.communeId() + " is not in province " + c.provinceCode() + ": name the commune of the new province");
        }
        if (outcome.changes("priorityGroup") || outcome.changes("dateOfBirth")) {
            Optional<PriorityGroup> group = groups.find(h, c.priorityGroup());
            v.check(group.isPresent(), "priorityGroup", "no priority group " + c.priorityGroup());
            if (group.isPresent() && c.dateOfBirth() != null && !c.dateOfBirth().isAfter(today)) {
                // Named on the field that was corrected: the group, or the birth date that put the person outside it.
                String field = outcome.changes("priorityGroup") ? "priorityGroup" : "dateOfBirth";
                group.get().ageFault(c.dateOfBirth(), today).ifPresent(fault -> v.add(field, fault));
            }
        }
    }

    private void refuseTakenIdentity(Handle h, UUID personId, NewPerson c) {
        Optional<Person> holder = persons.byIdentity(h, c.identityType(), c.identityNumber());
        if (holder.isPresent() && !holder.get().id().equals(personId)) {
            throw new VaxlineException(PersonError.PERSON_IDENTITY_TAKEN,
                    "identityNumber: " + c.identityType() + " " + c.identityNumber() + " is already registered to person "
                            + holder.get().id(),
                    Map.of("identityNumber", "already registered"), Map.of("existingPersonId", holder.get().id()));
        }
    }
}
