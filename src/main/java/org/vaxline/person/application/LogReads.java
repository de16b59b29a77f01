package org.vaxline.person.application;

import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonRead;
import org.vaxline.person.store.PersonStore;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Logs reads of people's records that other features show (a person's doses, a site's due list): whoever sees
 * a person's data is in the log, whichever screen showed it.
 */
public final class LogReads {
    private final Store store;
    private final Clock clock;
    private final PersonStore persons;
    private final AccessLog log;

    public LogReads(Store store, Clock clock, PersonStore persons, AccessLog log) {
        this.store = store;
        this.clock = clock;
        this.persons = persons;
        this.log = log;
    }

    public void logged(Actor reader, Collection<UUID> personIds, String purpose) {
        if (personIds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        // Inside the caller's transaction the entries are written in it; otherwise they are committed by the batch
        // writer before this returns (see AccessLog).
        store.read(h -> {
            List<PersonRead> reads = personIds.stream().distinct()
                    .flatMap(id -> persons.find(h, id).stream())
                    .map(p -> new PersonRead(Ids.newId(), p.id(), p.provinceCode(), reader.name(), now, purpose))
                    .toList();
            return log.entries(h, reads);
        }).await();
    }

    /**
     * Logs reads of people the caller has already read (a page of an export): their province is at hand, so nobody
     * is read again only to be logged. Answers without waiting for the log's commit: the caller goes on (a bulk export
     * writes the page meanwhile) and awaits every answer before anyone is shown the records (the export, before it
     * offers its files).
     */
    public AccessLog.Logged loggingPeople(Actor reader, Collection<Person> people, String purpose) {
        if (people.isEmpty()) {
            return AccessLog.Logged.WRITTEN;
        }
        Instant now = clock.instant();
        List<PersonRead> reads = people.stream().map(p -> new PersonRead(Ids.newId(), p.id(), p.provinceCode(), reader.name(), now, purpose))
                .toList();
        return store.read(h -> log.entries(h, reads));
    }
}
