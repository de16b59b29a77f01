package org.vaxline.person.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.IdentityDocument;
import org.vaxline.person.domain.PriorityGroup;
import org.vaxline.person.store.PriorityGroupStore;
import org.vaxline.person.store.MergeLedger;
import org.vaxline.person.store.PersonStore;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.store.RowLock;
import org.vaxline.platform.store.Store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which record stands for a person after merges: the dose registry asks it, so a duplicate's doses count for the
 * survivor. Reads inside a caller's transaction join it.
 */
public final class PersonDirectory {
    private final Store store;
    private final PersonStore persons;
    private final MergeLedger merges;
    private final PriorityGroupStore groups;

    public PersonDirectory(Store store, PersonStore persons, MergeLedger merges, PriorityGroupStore groups) {
        this.store = store;
        this.persons = persons;
        this.merges = merges;
        this.groups = groups;
    }

    /**
     * The surviving record's date of birth, its priority group's age bounds and its day of death, read without the access log (the
     * system deciding a dose, not a person looking) and inside the caller's transaction when there is one; 404 if
     * there is no such person.
     */
    public PersonEligibility eligibility(UUID personId) {
        return store.read(h -> {
            persons.find(h, personId).orElseThrow(() -> VaxlineException.notFound("person", personId));
            Person p = persons.find(h, resolve(h, personId)).orElseThrow();
            PriorityGroup group = groups.find(h, p.priorityGroup()).orElseThrow();
            return new PersonEligibility(p.id(), p.dateOfBirth(), p.priorityGroup(), group.minAgeYears(), group.maxAgeYears(),
                    p.diedOn());
        });
    }

    /** The id of the surviving record for this person (itself when never merged away); 404 if there is no such person. */
    public UUID resolve(UUID personId) {
        return store.read(h -> {
            persons.find(h, personId).orElseThrow(() -> VaxlineException.notFound("person", personId));
            return resolve(h, personId);
        });
    }

    /** At most this many ids in one IN list: far below either store's limit on a statement's parameters. */
    private static final int IN_LIST = 1024;

    /**
     * {@link #resolve} for many people at once (a FHIR Bundle's patients): one statement per {@value #IN_LIST} ids tells
     * which exist and which were merged away, and only those merged away are followed through the merge ledger. Ids of
     * no one are left out of the answer (the caller names them in its refusal).
     */
    public java.util.Map<UUID, UUID> resolveAll(java.util.Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Map.of();
        }
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(personIds));
        return store.read(h -> {
            java.util.Map<UUID, UUID> survivors = new java.util.HashMap<>();
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                for (PersonStore.MergeState s : persons.mergeStates(h, ids.subList(from, Math.min(ids.size(), from + IN_LIST)))) {
                    survivors.put(s.id(), s.mergedIntoId() == null ? s.id() : resolve(h, s.id()));
                }
            }
            return survivors;
        });
    }

    /**
     * The surviving record of whoever holds this identity document, read without the access log: a system matching
     * documents (an import) is not a person looking at a record.
     */
    public Optional<UUID> byIdentity(IdentityType type, String number) {
        return store.read(h -> persons.byIdentity(h, type, IdentityDocument.canonical(type, number)).map(p -> resolve(h, p.id())));
    }

    /**
     * The surviving records of whoever holds these documents of one type (canonical numbers), in one statement (and one
     * more per merged record): {@link #byIdentity} for a chunk of an import. Numbers nobody holds are left out.
     */
    public java.util.Map<String, UUID> byIdentities(IdentityType type, java.util.Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return java.util.Map.of();
        }
        return store.read(h -> {
            java.util.Map<String, UUID> found = new java.util.HashMap<>();
            for (PersonStore.Locked p : persons.byIdentities(h, type, numbers)) {
                UUID id = p.person().id();
                found.put(p.person().identityNumber(), p.mergedIntoId() == null ? id : resolve(h, id));
            }
            return found;
        });
    }

    /**
     * A person's record for the system's own use (coverage counts them by province, group and age), without the
     * access log: no person is looking at it.
     */
    public Optional<Person> describe(UUID personId) {
        return store.read(h -> persons.find(h, personId));
    }

    /**
     * Locks the person's surviving record until the caller's transaction ends, so that one person's doses are decided one
     * at a time (invariant 6) and a merge waits for them; answers the survivor's id, 404 if there is no such person.
     */
    public UUID lockSurvivor(UUID personId) {
        return store.read(h -> {
            persons.find(h, personId).orElseThrow(() -> VaxlineException.notFound("person", personId));
            UUID survivor = resolve(h, personId);
            RowLock.lock(h, "persons", survivor);
            // a merge that committed while this waited may have made the survivor a duplicate: follow it
            for (UUID next = resolve(h, survivor); !next.equals(survivor); next = resolve(h, survivor)) {
                survivor = next;
                RowLock.lock(h, "persons", survivor);
            }
            return survivor;
        });
    }

    /**
     * Locks the person for a decision and reads what it needs, in one statement for a record never merged (the usual
     * case): the row itself says whether it was merged away or took others in (V27). A record with merges takes the
     * long way ({@link #lockSurvivor}, the merge ledger). 404 if there is no such person.
     */
    public LockedPerson lockForDecision(UUID personId) {
        return store.read(h -> {
            PersonStore.Locked locked = persons.lockForDecision(h, personId, store.dialect())
                    .orElseThrow(() -> VaxlineException.notFound("person", personId));
            if (locked.standsAlone()) {
                return new LockedPerson(personId, List.of(personId), eligibilityOf(h, locked.person()));
            }
            UUID survivor = lockSurvivor(personId);
            return new LockedPerson(survivor, allIdsOf(survivor), eligibility(survivor));
        });
    }

    /**
     * Locks and reads these people in one statement for the decisions of a batch (a group commit, an import chunk):
     * {@link #lockForDecision} then answers each from what the transaction holds. Ids of no one are left for it to refuse.
     */
    public void lockAllForDecision(java.util.Collection<UUID> personIds) {
        store.read(h -> {
            persons.lockAllForDecision(h, personIds, store.dialect());
            return null;
        });
    }

    private PersonEligibility eligibilityOf(Handle h, Person p) {
        PriorityGroup group = groups.find(h, p.priorityGroup()).orElseThrow();
        return new PersonEligibility(p.id(), p.dateOfBirth(), p.priorityGroup(), group.minAgeYears(), group.maxAgeYears(),
                p.diedOn());
    }

    /** The records merged into this one (not itself), also through records merged into them. */
    public List<UUID> mergedInto(UUID survivorId) {
        return store.read(h -> mergedFrom(h, survivorId));
    }

    /** Every id that stands for the same person as this one: the survivor and all merged into it. */
    public List<UUID> allIdsOf(UUID personId) {
        return store.read(h -> {
            UUID survivor = resolve(h, personId);
            List<UUID> ids = new ArrayList<>();
            ids.add(survivor);
            ids.addAll(mergedFrom(h, survivor));
            return ids;
        });
    }

    UUID resolve(Handle h, UUID personId) {
        UUID current = personId;
        // A merge chain ends: a person is merged away at most once and never into someone merged away.
        for (Optional<UUID> next = merges.mergedInto(h, current); next.isPresent(); next = merges.mergedInto(h, current)) {
            current = next.get();
        }
        return current;
    }

    /** Every record merged into the survivor, also through records that were themselves merged into it. */
    List<UUID> mergedFrom(Handle h, UUID survivorId) {
        List<UUID> all = new ArrayList<>();
        Deque<UUID> todo = new ArrayDeque<>(List.of(survivorId));
        while (!todo.isEmpty()) {
            for (UUID duplicate : merges.mergedFrom(h, todo.pop())) {
                all.add(duplicate);
                todo.push(duplicate);
            }
        }
        return all;
    }

    /**
     * The surviving records of people found, in the order found, each survivor once. Most people take part in no merge:
     * one query tells which do, and only those are followed one by one (a search page costs two queries, not five a row).
     */
    List<PersonRecord> survivorRecords(Handle h, List<Person> found) {
        java.util.Set<UUID> merged = merges.touching(h, found.stream().map(Person::id).toList());
        java.util.Map<UUID, PersonRecord> records = new java.util.LinkedHashMap<>();
        for (Person p : found) {
            PersonRecord record = merged.contains(p.id()) ? record(h, resolve(h, p.id())).orElseThrow() : new PersonRecord(p, List.of());
            records.putIfAbsent(record.person().id(), record);
        }
        return List.copyOf(records.values());
    }

    /** The surviving record for this person with what was merged into it; empty when there is no such person. */
    Optional<PersonRecord> record(Handle h, UUID personId) {
        Optional<PersonStore.Locked> row = persons.findWithMerges(h, personId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (row.get().standsAlone()) {
            // never merged either way (the usual case): the row says so (V27), the merge ledger need not be asked
            return Optional.of(new PersonRecord(row.get().person(), List.of()));
        }
        UUID survivor = resolve(h, personId);
        // a record that took others in is its own survivor: the row already read is the survivor's
        Person person = survivor.equals(personId) ? row.get().person() : persons.find(h, survivor).orElseThrow();
        return Optional.of(new PersonRecord(person, mergedFrom(h, survivor)));
    }

    /**
     * A page of surviving records (none merged away) for a system that reads the registry in bulk: optionally of one
     * province, born on one day, or recorded or corrected since a moment. Not logged here: the caller logs whom it shows
     * (through {@link LogReads}).
     */
    public org.vaxline.platform.http.Page<Person> survivors(String province, java.time.LocalDate born, java.time.Instant since,
                                                            UUID after, int limit) {
        return org.vaxline.platform.http.Page.of(store.read(h -> persons.survivors(h, province, born, since, after, limit + 1)),
                limit, p -> p.id().toString());
    }

    /**
     * The surviving records registered at a site (at most {@code limit}), for the site workspace. Not logged here: the
     * caller logs whom it shows (through {@link LogReads}).
     */
    public List<Person> registeredAt(UUID siteId, int limit) {
        return store.read(h -> persons.registeredAt(h, siteId, limit));
    }
}
