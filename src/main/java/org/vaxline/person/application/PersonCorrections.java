package org.vaxline.person.application;

import org.vaxline.person.domain.PersonCorrection;
import org.vaxline.person.domain.PersonRead;
import org.vaxline.person.domain.PersonScope;
import org.vaxline.person.store.CorrectionLedger;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.util.List;
import java.util.UUID;

/**
 * A person's record with the history of its corrections, oldest first: a read of the record like any other (the same
 * scope, a reason outside one's province, one entry in the access log).
 */
public final class PersonCorrections {
    private final Store store;
    private final PersonDirectory directory;
    private final CorrectionLedger corrections;
    private final AccessLog accessLog;

    public PersonCorrections(Store store, PersonDirectory directory, CorrectionLedger corrections, AccessLog accessLog) {
        this.store = store;
        this.directory = directory;
        this.corrections = corrections;
        this.accessLog = accessLog;
    }

    /** The record and its history; a merged-away id answers the survivor's. */
    public record History(PersonRecord record, List<PersonCorrection> corrections) {
    }

    public History history(Actor reader, UUID id, String reason) {
        return store.inTransaction(h -> {
            PersonRecord record = directory.record(h, id).orElseThrow(() -> VaxlineException.notFound("person", id));
            String given = reason == null || reason.isBlank() ? null : reason.strip();
            PersonScope.requireRead(reader, record.person().id(), record.person().provinceCode(), given);
            accessLog.logged(h, reader, List.of(record), PersonRead.VIEW, r -> given);
            return new History(record, corrections.ofPerson(h, record.person().id()));
        });
    }
}
