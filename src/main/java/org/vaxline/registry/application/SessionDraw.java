package org.vaxline.registry.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.registry.domain.RegistryError;
import org.vaxline.registry.domain.Session;
import org.vaxline.registry.domain.SessionLot;
import org.vaxline.registry.store.DoseLedger;
import org.vaxline.registry.store.SessionStore;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Whether a session can give one more dose of a lot: open, at that site on that day, with a dose left in its opened vials. */
public final class SessionDraw {
    private final SessionStore sessions;
    private final DoseLedger doses;

    public SessionDraw(SessionStore sessions, DoseLedger doses) {
        this.sessions = sessions;
        this.doses = doses;
    }

    public Session requireOpen(Handle h, UUID sessionId) {
        Session session = sessions.find(h, sessionId).orElseThrow(() -> VaxlineException.notFound("session", sessionId));
        if (session.closed()) {
            throw new VaxlineException(RegistryError.SESSION_CLOSED, "session " + sessionId + " was closed at " + session.closedAt()
                    + " and takes no more doses or vials");
        }
        return session;
    }

    public SessionLot lot(Handle h, UUID sessionId, UUID lotId, int dosesPerVial) {
        long vials = sessions.vialsByLot(h, sessionId).getOrDefault(lotId, 0L);
        return new SessionLot(lotId, vials, dosesPerVial, doses.countInSession(h, sessionId, lotId));
    }

    void requireDoseLeft(Handle h, UUID sessionId, UUID siteId, LocalDate givenOn, UUID lotId, int dosesPerVial) {
        Session session = requireOpen(h, sessionId);
        if (!session.siteId().equals(siteId) || !session.date().equals(givenOn)) {
            throw new VaxlineException(RegistryError.DOSE_INVALID, "sessionId: session " + sessionId + " is at site "
                    + session.siteId() + " on " + session.date() + ", not this dose's site and day",
                    Map.of("sessionId", "is at another site or on another day"), Map.of());
        }
        SessionLot lot = lot(h, sessionId, lotId, dosesPerVial);
        if (lot.left() == 0) {
            throw new VaxlineException(RegistryError.SESSION_VIALS_EMPTY, "session " + sessionId + " has used all "
                    + lot.dosesOpened() + " doses of the vials of this lot it opened: open another vial",
                    Map.of(), Map.of("dosesOpened", lot.dosesOpened(), "administered", lot.administered()));
        }
    }
}
