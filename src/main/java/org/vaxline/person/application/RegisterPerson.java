package org.vaxline.person.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.person.domain.IdentityDocument;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonError;
import org.vaxline.person.domain.PersonName;
import org.vaxline.person.domain.PersonRules;
import org.vaxline.person.domain.PersonScope;
import org.vaxline.person.domain.PhoneNumber;
import org.vaxline.person.domain.PriorityGroup;
import org.vaxline.person.store.PersonStore;
import org.vaxline.person.store.PriorityGroupStore;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers a person once: every field checked in one answer, the same identity refused, a likely duplicate (same
 * name without diacritics, date of birth and phone) refused unless the registrar confirms it is someone else.
 * Retried with the same id and content, it records nothing more.
 */
public final class RegisterPerson {
    private final Store store;
    private final Clock clock;
    private final Facilities facilities;
    private final CitizenIds citizenIds;
    private final PersonStore persons;
    private final PriorityGroupStore groups;

    public RegisterPerson(Store store, Clock clock, Facilities facilities, CitizenIds citizenIds, PersonStore persons,
                          PriorityGroupStore groups) {
        this.store = store;
        this.clock = clock;
        this.facilities = facilities;
        this.citizenIds = citizenIds;
        this.persons = persons;
        this.groups = groups;
    }

    public Recorded<Person> register(Actor actor, NewPerson request) {
        Violations v = new Violations();
        LocalDate today = LocalDate.now(clock);
        PersonRules.check(request, citizenIds.rule(), today, v);
        Optional<Facility> site = checkReferences(request, today, v);
        v.throwIfAny(PersonError.PERSON_INVALID);
        // Scoped by the person's province: a manager registers people of its province, a site's staff at their site.
        PersonScope.requireRegister(actor, request.provinceCode(), request.registeredAt(),
                site.map(Facility::provinceCode).orElse(null));
        Person person = toPerson(actor, request);
        return store.inTransaction(h -> {
            Optional<Person> existing = persons.find(h, person.id());
            if (existing.isPresent()) {
                return Idempotent.retry("person", person.id(), existing.get(), existing.get().sameContentAs(person));
            }
            try {
                refuseDuplicates(h, person, request.notDuplicateConfirmed());
            } catch (VaxlineException refused) {
                // On PostgreSQL a parallel retry may have committed after the look-up by id: it is the identity's holder
                // (or the likely duplicate) now, and this request is its retry.
                Optional<Person> retried = persons.find(h, person.id());
                if (retried.isPresent()) {
                    return Idempotent.retry("person", person.id(), retried.get(), retried.get().sameContentAs(person));
                }
                throw refused;
            }
            persons.insert(h, person);
            return Recorded.created(person);
        });
    }

    /**
     * Reads who already holds these registrations' ids and identity documents, a statement each, inside the caller's
     * transaction: registering them one by one there then reads none of that again (an import chunk).
     */
    public void prefetch(List<NewPerson> requests) {
        List<UUID> ids = requests.stream().map(NewPerson::id).filter(java.util.Objects::nonNull).distinct().toList();
        List<Map.Entry<IdentityType, String>> documents = requests.stream()
                .filter(r -> r.identityType() != null && r.identityNumber() != null)
                .map(r -> Map.entry(r.identityType(), IdentityDocument.canonical(r.identityType(), r.identityNumber())))
                .distinct().toList();
        store.read(h -> {
            persons.prefetchForRegistration(h, ids, documents);
            return null;
        });
    }

    private Optional<Facility> checkReferences(NewPerson r, LocalDate today, Violations v) {
        if (r.provinceCode() != null && !r.provinceCode().isBlank()) {
            v.check(facilities.province(r.provinceCode()).isPresent(), "provinceCode", "no province " + r.provinceCode());
        }
        if (r.communeId() != null) {
            Optional<Facility> commune = facilities.find(r.communeId());
            v.check(commune.isPresent() && commune.get().type() == FacilityType.COMMUNE
                    && commune.get().provinceCode().equals(r.provinceCode()), "communeId",
                    "no commune " + r.communeId() + " in province " + r.provinceCode());
        }
        String group = r.priorityGroup() == null ? PriorityGroup.GENERAL : r.priorityGroup();
        Optional<PriorityGroup> known = store.read(h -> groups.find(h, group));
        v.check(known.isPresent(), "priorityGroup", "no priority group " + group);
        if (known.isPresent() && r.dateOfBirth() != null && !r.dateOfBirth().isAfter(today)) {
            known.get().ageFault(r.dateOfBirth(), today).ifPresent(fault -> v.add("priorityGroup", fault));
        }
        if (r.registeredAt() == null) {
            return Optional.empty();
        }
        Optional<Facility> site = facilities.find(r.registeredAt());
        v.check(site.isPresent(), "registeredAt", "no facility " + r.registeredAt());
        return site;
    }

    private Person toPerson(Actor actor, NewPerson r) {
        String name = PersonName.clean(r.fullName());
        return new Person(r.id() == null ? Ids.newId() : r.id(), r.identityType(),
                IdentityDocument.canonical(r.identityType(), r.identityNumber()), name, PersonName.normalize(name),
                r.dateOfBirth(), r.sex(), PhoneNumber.normalize(r.phone()).orElse(null), r.provinceCode(), r.communeId(),
                r.priorityGroup() == null ? PriorityGroup.GENERAL : r.priorityGroup(), r.registeredAt(),
                clock.instant(), actor.name());
    }

    private void refuseDuplicates(Handle h, Person p, boolean confirmedNotDuplicate) {
        Optional<Person> sameIdentity = persons.byIdentity(h, p.identityType(), p.identityNumber());
        if (sameIdentity.isPresent()) {
            throw new VaxlineException(PersonError.PERSON_IDENTITY_TAKEN,
                    "identityNumber: " + p.identityType() + " " + p.identityNumber() + " is already registered to person "
                            + sameIdentity.get().id(),
                    Map.of("identityNumber", "already registered"), Map.of("existingPersonId", sameIdentity.get().id()));
        }
        if (confirmedNotDuplicate || p.phone() == null) {
            return;
        }
        List<UUID> candidates = persons.likelyDuplicates(h, p.normalizedName(), p.dateOfBirth(), p.phone());
        if (!candidates.isEmpty()) {
            throw new VaxlineException(PersonError.PERSON_LIKELY_DUPLICATE,
                    "a person with the same name, date of birth and phone is registered: " + candidates
                            + "; merge them, or register again with confirmNotDuplicate if this is someone else",
                    Map.of(), Map.of("candidateIds", candidates));
        }
    }
}
