package org.vaxline.person.application;

import org.vaxline.person.domain.MergePolicy;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonError;
import org.vaxline.person.domain.PersonMerge;
import org.vaxline.person.domain.PersonScope;
import org.vaxline.person.store.MergeLedger;
import org.vaxline.person.store.PersonStore;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.event.EventBus;
import org.vaxline.platform.store.RowLock;
import org.vaxline.platform.store.Store;
import org.vaxline.person.domain.PersonsMerged;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.util.UUID;

/**
 * Merges a duplicate record into its survivor with an append-only entry: nothing is changed or deleted, and reads
 * and the dose registry answer the survivor for both. Retried with the same id and content, it records nothing more.
 */
public final class MergePersons {
    private final Store store;
    private final Clock clock;
    private final PersonStore persons;
    private final MergeLedger merges;
    private final EventBus events;

    public MergePersons(Store store, Clock clock, PersonStore persons, MergeLedger merges, EventBus events) {
        this.events = events;
        this.store = store;
        this.clock = clock;
        this.persons = persons;
        this.merges = merges;
    }

    /** @param id the merge entry's id, chosen by the client so a retry is harmless (null: the server picks) */
    public Recorded<PersonMerge> merge(Actor actor, UUID id, UUID survivorId, UUID duplicateId, String reason) {
        if (duplicateId == null) {
            throw VaxlineException.field(PersonError.PERSON_MERGE_INVALID, "duplicateId", "required");
        }
        UUID entryId = id == null ? Ids.newId() : id;
        return store.inTransaction(h -> {
            // Both records are locked first, in one order: a merge waits for a dose being decided for either (and then
            // sees it), and a parallel retry of this merge waits for it and then finds it by its id.
            lockInOrder(h, survivorId, duplicateId);
            var existing = merges.find(h, entryId);
            if (existing.isPresent()) {
                PersonMerge m = existing.get();
                return Idempotent.retry("merge", entryId, m, m.survivorId().equals(survivorId)
                        && m.duplicateId().equals(duplicateId) && reason != null && m.reason().equals(reason.strip()));
            }
            Person survivor = persons.find(h, survivorId).orElseThrow(() -> VaxlineException.notFound("person", survivorId));
            Person duplicate = persons.find(h, duplicateId).orElseThrow(() -> VaxlineException.notFound("person", duplicateId));
            PersonScope.requireMerge(actor, survivor.provinceCode());
            PersonScope.requireMerge(actor, duplicate.provinceCode());
            MergePolicy.check(survivorId, duplicateId, reason, merges.mergedInto(h, duplicateId).orElse(null),
                    merges.mergedInto(h, survivorId).orElse(null));
            PersonMerge merge = new PersonMerge(entryId, survivorId, duplicateId, reason.strip(), survivor.provinceCode(),
                    clock.instant(), actor.name());
            merges.insert(h, merge);
            persons.markMerged(h, survivorId, duplicateId);
            events.publish(new PersonsMerged(merge));
            return Recorded.created(merge);
        });
    }

    private static void lockInOrder(Handle h, UUID a, UUID b) {
        if (a == null || b == null) {
            return;
        }
        boolean aFirst = a.compareTo(b) <= 0;
        RowLock.lock(h, "persons", aFirst ? a : b);
        RowLock.lock(h, "persons", aFirst ? b : a);
    }
}
