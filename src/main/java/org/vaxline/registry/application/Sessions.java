package org.vaxline.registry.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.domain.LotState;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.domain.RegistryError;
import org.vaxline.registry.domain.Session;
import org.vaxline.registry.domain.SessionLot;
import org.vaxline.registry.store.SessionStore;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.application.RecordMovement;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.WastageReason;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToLongBiFunction;

/**
 * Open-vial sessions: open one at a site for a day, open vials in it (nothing moves yet: each dose takes its own dose
 * from stock), and close it, which writes the doses left in the opened vials off as OPENED_VIAL wastage.
 */
public final class Sessions {
    private final Store store;
    private final Clock clock;
    private final Facilities facilities;
    private final LotAvailability lots;
    private final Catalog catalog;
    private final SessionStore sessions;
    private final SessionDraw draw;
    private final RecordMovement stock;
    private final ToLongBiFunction<UUID, UUID> onHand;

    /** @param onHand doses of a lot (second) on hand at a facility (first) */
    public Sessions(Store store, Clock clock, Facilities facilities, LotAvailability lots, Catalog catalog, SessionStore sessions,
                    SessionDraw draw, RecordMovement stock, ToLongBiFunction<UUID, UUID> onHand) {
        this.store = store;
        this.clock = clock;
        this.facilities = facilities;
        this.lots = lots;
        this.catalog = catalog;
        this.sessions = sessions;
        this.draw = draw;
        this.stock = stock;
        this.onHand = onHand;
    }

    public Recorded<SessionSummary> open(Actor actor, UUID id, UUID siteId, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        // a session is a day's vaccination at a site: its doses and its closing wastage are dated on it, never ahead
        new Violations().check(siteId != null, "siteId", "is required").check(date != null, "date", "is required")
                .check(date == null || !date.isAfter(today), "date", "must not be after today (" + today + ")")
                .throwIfAny(RegistryError.SESSION_INVALID);
        UUID sessionId = id == null ? Ids.newId() : id;
        Facility site = facilities.find(siteId).orElseThrow(() -> VaxlineException.notFound("site", siteId));
        actor.requireWriteAt(site.id(), site.provinceCode(), "open a session");
        return store.inTransaction(h -> {
            var existing = sessions.find(h, sessionId);
            if (existing.isPresent()) {
                boolean same = existing.get().siteId().equals(siteId) && existing.get().date().equals(date);
                return Idempotent.retry("session", sessionId, same ? summary(sessionId) : null, same);
            }
            sessions.open(h, new Session(sessionId, site.id(), site.provinceCode(), date, clock.instant(), actor.name(), null, null));
            return Recorded.created(summary(sessionId));
        });
    }

    /**
     * Opens vials of a usable lot; the site must hold the doses they contain beyond what the session's open vials still
     * hold. A retry with the same id (and the same session, lot and count) finds the opening and opens nothing more.
     */
    public Recorded<SessionSummary> openVials(Actor actor, UUID sessionId, UUID id, UUID lotId, Integer count) {
        new Violations().check(lotId != null, "lotId", "is required")
                .check(count != null && count > 0, "count", "must be a whole number of vials, at least 1")
                .throwIfAny(RegistryError.SESSION_INVALID);
        UUID openingId = id == null ? Ids.newId() : id;
        return store.inTransaction(h -> {
            Optional<Recorded<SessionSummary>> retried = retriedOpening(h, actor, openingId, sessionId, lotId, count);
            if (retried.isPresent()) {
                return retried.get();
            }
            Session session = draw.requireOpen(h, sessionId);
            actor.requireWriteAt(session.siteId(), session.provinceCode(), "open vials");
            LotState lot = lots.requireUsable(lotId, session.siteId(), session.date());
            int perVial = dosesPerVial(lot.productId());
            SessionLot before = draw.lot(h, sessionId, lotId, perVial);
            long wanted = (long) count * perVial;
            long available = onHand.applyAsLong(session.siteId(), lotId) - before.left();
            if (wanted > available) {
                // On PostgreSQL the vials counted above may be a parallel retry's, committed after the first look.
                retried = retriedOpening(h, actor, openingId, sessionId, lotId, count);
                if (retried.isPresent()) {
                    return retried.get();
                }
                throw new VaxlineException(org.vaxline.stock.domain.StockError.STOCK_INSUFFICIENT, "count: " + count
                        + " vials hold " + wanted + " doses; the site has " + Math.max(0, available)
                        + " doses of this lot beyond what the session's open vials still hold",
                        Map.of("count", "exceeds the stock on hand"),
                        Map.of("available", Math.max(0, available), "requested", wanted));
            }
            sessions.openVials(h, openingId, sessionId, lotId, count, clock.instant(), actor.name());
            return Recorded.created(summary(sessionId));
        });
    }

    /** The answer to an opening id already used: the session's summary for the same opening, 409 for another. */
    private Optional<Recorded<SessionSummary>> retriedOpening(Handle h, Actor actor, UUID openingId, UUID sessionId,
                                                              UUID lotId, int count) {
        return sessions.opening(h, openingId).map(opening -> {
            Session session = sessions.find(h, opening.sessionId()).orElseThrow();
            actor.requireWriteAt(session.siteId(), session.provinceCode(), "open vials");
            boolean same = opening.sessionId().equals(sessionId) && opening.lotId().equals(lotId) && opening.vials() == count;
            return Idempotent.retry("opening of vials", openingId, same ? summary(opening.sessionId()) : null, same);
        });
    }

    /** Closes the session: what is left in the opened vials becomes OPENED_VIAL wastage. Closing again answers the summary. */
    public SessionSummary close(Actor actor, UUID sessionId) {
        return store.inTransaction(h -> {
            Session session = sessions.find(h, sessionId).orElseThrow(() -> VaxlineException.notFound("session", sessionId));
            actor.requireWriteAt(session.siteId(), session.provinceCode(), "close a session");
            if (session.closed()) {
                return summary(sessionId);
            }
            for (SessionLot lot : lotsOf(h, session)) {
                if (lot.left() > 0) {
                    stock.record(actor, new MovementRequest(wastageRequestId(sessionId, lot.lotId()), MovementType.WASTAGE,
                            session.siteId(), lot.lotId(), null, lot.left(), session.date(), WastageReason.OPENED_VIAL.name(),
                            "session " + sessionId, null, null, null, null));
                }
            }
            sessions.close(h, sessionId, clock.instant(), actor.name());
            return summary(sessionId);
        });
    }

    public static UUID wastageRequestId(UUID sessionId, UUID lotId) {
        return Ids.fromName("session:" + sessionId + ":lot:" + lotId + ":wastage");
    }

    public SessionSummary summary(UUID sessionId) {
        return store.read(h -> {
            Session session = sessions.find(h, sessionId).orElseThrow(() -> VaxlineException.notFound("session", sessionId));
            List<SessionSummary.LotLine> lines = new ArrayList<>();
            for (SessionLot lot : lotsOf(h, session)) {
                lines.add(new SessionSummary.LotLine(lot.lotId(), lot.vialsOpened(), lot.dosesOpened(), lot.administered(),
                        session.closed() ? lot.left() : 0));
            }
            return new SessionSummary(session.id(), session.siteId(), session.date(), session.closed(), session.closedAt(), lines);
        });
    }

    private List<SessionLot> lotsOf(Handle h, Session session) {
        List<SessionLot> result = new ArrayList<>();
        for (UUID lotId : sessions.vialsByLot(h, session.id()).keySet()) {
            LotState lot = lots.state(lotId).orElseThrow();
            result.add(draw.lot(h, session.id(), lotId, dosesPerVial(lot.productId())));
        }
        return result;
    }

    private int dosesPerVial(UUID productId) {
        return catalog.product(productId).orElseThrow(() -> VaxlineException.notFound("product", productId)).dosesPerVial();
    }

    /** The open sessions of a site on a day, each with its vials and the doses left in them (the site workspace). */
    public List<SessionSummary> openAt(UUID siteId, LocalDate date) {
        List<UUID> ids = store.read(h -> sessions.openAt(h, siteId, date).stream().map(Session::id).toList());
        return ids.stream().map(this::summary).toList();
    }
}
