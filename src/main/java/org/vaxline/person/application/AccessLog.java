package org.vaxline.person.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.person.domain.PersonRead;
import org.vaxline.person.store.PersonReadLog;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Writes one access-log entry for every person record a read returns, in the read's own transaction. */
public final class AccessLog {
    private final Clock clock;
    private final PersonReadLog log;

    public AccessLog(Clock clock, PersonReadLog log) {
        this.clock = clock;
        this.log = log;
    }

    void logged(Handle h, Actor reader, List<PersonRecord> returned, String purpose) {
        logged(h, reader, returned, purpose, r -> null);
    }

    /** @param reason why each record was read (null: within the reader's scope, no reason asked) */
    void logged(Handle h, Actor reader, List<PersonRecord> returned, String purpose, Function<PersonRecord, String> reason) {
        Instant now = clock.instant();
        log.append(h, returned.stream().map(r -> new PersonRead(Ids.newId(), r.person().id(), r.person().provinceCode(),
                reader.name(), now, purpose, reason.apply(r))).toList());
    }
}
