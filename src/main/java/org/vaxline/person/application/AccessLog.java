package org.vaxline.person.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.person.domain.PersonRead;
import org.vaxline.person.store.PersonReadLog;
import org.vaxline.person.store.ReadLogWriter;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Writes one access-log entry for every person record a read returns. Inside a caller's write transaction the entries
 * are written in it; a plain read hands them to the {@link ReadLogWriter}, which commits many readers' entries
 * together, and the read answers only once they are committed ({@link Logged#await}), after giving back its connection.
 */
public final class AccessLog {
    private final Clock clock;
    private final PersonReadLog log;
    private final ReadLogWriter writer;

    public AccessLog(Clock clock, PersonReadLog log, ReadLogWriter writer) {
        this.clock = clock;
        this.log = log;
        this.writer = writer;
    }

    Logged logged(Handle h, Actor reader, List<PersonRecord> returned, String purpose) {
        return logged(h, reader, returned, purpose, r -> null);
    }

    /** @param reason why each record was read (null: within the reader's scope, no reason asked) */
    Logged logged(Handle h, Actor reader, List<PersonRecord> returned, String purpose, Function<PersonRecord, String> reason) {
        Instant now = clock.instant();
        return entries(h, returned.stream().map(r -> new PersonRead(Ids.newId(), r.person().id(), r.person().provinceCode(),
                reader.name(), now, purpose, reason.apply(r))).toList());
    }

    Logged entries(Handle h, List<PersonRead> reads) {
        if (h.isInTransaction()) {
            log.append(h, reads);
            return Logged.WRITTEN;
        }
        return new Logged(writer.submit(reads));
    }

    /** Entries written, or on their way to the log. */
    public record Logged(CompletableFuture<Void> committed) {
        static final Logged WRITTEN = new Logged(CompletableFuture.completedFuture(null));

        /** Waits until the entries are committed; a failed write fails the read (a record is never shown unlogged). */
        public void await() {
            try {
                committed.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }
}
