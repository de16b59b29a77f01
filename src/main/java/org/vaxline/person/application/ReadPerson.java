package org.vaxline.person.application;

import org.vaxline.person.domain.PersonRead;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.util.List;
import java.util.UUID;

/** Reads one person's record (a merged-away id answers the survivor) and logs who read it. */
public final class ReadPerson {
    private final Store store;
    private final PersonDirectory directory;
    private final AccessLog accessLog;

    public ReadPerson(Store store, PersonDirectory directory, AccessLog accessLog) {
        this.store = store;
        this.directory = directory;
        this.accessLog = accessLog;
    }

    public PersonRecord read(Actor reader, UUID id) {
        return store.inTransaction(h -> {
            PersonRecord record = directory.record(h, id).orElseThrow(() -> VaxlineException.notFound("person", id));
            accessLog.logged(h, reader, List.of(record), PersonRead.VIEW);
            return record;
        });
    }
}
