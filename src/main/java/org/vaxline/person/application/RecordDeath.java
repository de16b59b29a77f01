package org.vaxline.person.application;

import org.vaxline.person.domain.DeathPolicy;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonDeath;
import org.vaxline.person.domain.PersonDied;
import org.vaxline.person.domain.PersonError;
import org.vaxline.person.domain.PersonScope;
import org.vaxline.person.store.DeathLedger;
import org.vaxline.person.store.MergeLedger;
import org.vaxline.person.store.PersonStore;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.event.EventBus;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records that a person died, once: an entry in the append-only deaths ledger and the day on the persons row, its
 * projection, in the same transaction; then announces {@link PersonDied} inside it. The day must be neither after today
 * nor before the person was born (422, nothing written). The same day again is a retry (nothing more recorded); another
 * day is a conflict (409): a death is not rewritten. Written with the scope of a correction of the record.
 */
public final class RecordDeath {
    private final Store store;
    private final Clock clock;
    private final PersonStore persons;
    private final MergeLedger merges;
    private final DeathLedger deaths;
    private final PersonDirectory directory;
    private final EventBus events;

    public RecordDeath(Store store, Clock clock, PersonStore persons, MergeLedger merges, DeathLedger deaths,
                       PersonDirectory directory, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.persons = persons;
        this.merges = merges;
        this.deaths = deaths;
        this.directory = directory;
        this.events = events;
    }

    /** @return the person as a read answers them, with the day of death */
    public Recorded<PersonRecord> record(Actor actor, UUID personId, LocalDate diedOn) {
        LocalDate today = LocalDate.now(clock);
        return store.inTransaction(h -> {
            Person current = persons.findForUpdate(h, personId, store.dialect())
                    .orElseThrow(() -> VaxlineException.notFound("person", personId));
            PersonScope.requireWrite(actor, current.provinceCode(), "record the death of a person of province " + current.provinceCode());
            Optional<UUID> survivor = merges.mergedInto(h, personId);
            if (survivor.isPresent()) {
                throw new VaxlineException(PersonError.PERSON_ALREADY_MERGED,
                        "person " + personId + " was merged into " + survivor.get() + ": record the death on the surviving record",
                        Map.of(), Map.of("survivorId", survivor.get()));
            }
            check(current.dateOfBirth(), diedOn, today);
            switch (DeathPolicy.outcome(current.diedOn(), diedOn)) {
                case ALREADY_RECORDED -> {
                    return Recorded.existing(directory.record(h, personId).orElseThrow());
                }
                case CONFLICT -> throw new VaxlineException(PersonError.PERSON_DEATH_CONFLICT,
                        "diedOn: the person's death is already recorded on " + current.diedOn() + "; " + diedOn
                                + " is not recorded over it",
                        Map.of("diedOn", "another day (" + current.diedOn() + ") is already recorded"),
                        Map.of("recordedDiedOn", current.diedOn(), "diedOn", diedOn));
                case RECORD -> {
                }
            }
            PersonDeath entry = new PersonDeath(personId, diedOn, clock.instant(), actor.name());
            deaths.insert(h, entry);
            persons.applyDeath(h, personId, diedOn);
            events.publish(new PersonDied(personId, diedOn, current.provinceCode(), entry.recordedAt(), entry.recordedBy()));
            return Recorded.created(directory.record(h, personId).orElseThrow());
        });
    }

    /**
     * Refuses (422 PERSON_DEATH_INVALID, nothing written) a day of death that cannot be recorded for someone born on
     * that day: for a caller that checks before it writes anything (an import registering the person first).
     */
    public void check(LocalDate bornOn, LocalDate diedOn) {
        check(bornOn, diedOn, LocalDate.now(clock));
    }

    private static void check(LocalDate bornOn, LocalDate diedOn, LocalDate today) {
        Violations v = new Violations();
        DeathPolicy.check(diedOn, bornOn, today, v);
        v.throwIfAny(PersonError.PERSON_DEATH_INVALID);
    }
}
