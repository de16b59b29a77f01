package org.vaxline.person.application;

import org.vaxline.person.domain.PersonRead;
import org.vaxline.person.store.PersonReadLog;
import org.vaxline.person.store.PersonStore;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Store;

import java.util.UUID;

/** Who read a person's record and when: for the national programme and auditors only. */
public final class ListPersonReads {
    private final Store store;
    private final PersonStore persons;
    private final PersonReadLog log;

    public ListPersonReads(Store store, PersonStore persons, PersonReadLog log) {
        this.store = store;
        this.persons = persons;
        this.log = log;
    }

    public Page<PersonRead> reads(Actor actor, UUID personId, UUID after, int limit) {
        if (actor.role() != Role.NATIONAL_ADMIN && actor.role() != Role.AUDITOR) {
            throw new VaxlineException(PlatformError.FORBIDDEN,
                    actor.name() + " (" + actor.role() + ") may not see who read a person's record: only national admins and auditors may");
        }
        return store.read(h -> {
            persons.find(h, personId).orElseThrow(() -> VaxlineException.notFound("person", personId));
            return Page.of(log.page(h, personId, after, limit + 1), limit, r -> r.id().toString());
        });
    }
}
