package org.vaxline.person.application;

import org.vaxline.person.domain.PersonRead;
import org.vaxline.person.domain.PersonScope;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.util.List;
import java.util.UUID;

/**
 * Reads one person's record (a merged-away id answers the survivor) and logs who read it. Outside the reader's
 * province it is refused (403) unless the reader says why, and the log keeps the reason: least privilege that still
 * serves a traveller vaccinated away from home.
 */
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
        return read(reader, id, null);
    }

    /** @param reason why the reader reads it (required outside their province; kept in the log whenever given) */
    public PersonRecord read(Actor reader, UUID id, String reason) {
        // A plain read, not a write transaction: the log entry goes through the batch writer, and the record is
        // answered only once the entry is committed (see AccessLog).
        Read read = store.read(h -> {
            PersonRecord record = directory.record(h, id).orElseThrow(() -> VaxlineException.notFound("person", id));
            String given = reason == null || reason.isBlank() ? null : reason.strip();
            PersonScope.requireRead(reader, record.person().id(), record.person().provinceCode(), given);
            return new Read(record, accessLog.logged(h, reader, List.of(record), PersonRead.VIEW, r -> given));
        });
        read.logged().await();
        return read.record();
    }

    private record Read(PersonRecord record, AccessLog.Logged logged) {
    }
}
