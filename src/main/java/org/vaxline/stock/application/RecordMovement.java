package org.vaxline.stock.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockError;
import org.vaxline.stock.domain.StockMovement;
import org.vaxline.stock.store.StockBalances;
import org.vaxline.stock.store.StockLedger;
import org.vaxline.stock.domain.StockMoved;
import org.vaxline.platform.event.EventBus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records one stock movement: its entries enter the ledger and move the balances in one transaction, or nothing
 * happens. A balance never goes below zero; a request retried with the same id is recorded once.
 */
public final class RecordMovement {
    private final Store store;
    private final Clock clock;
    private final StockLedger ledger;
    private final StockBalances balances;
    private final MovementPlanner planner;
    private final EventBus events;

    public RecordMovement(Store store, Clock clock, Catalog catalog, Facilities facilities, LotAvailability lots,
                          StockLedger ledger, StockBalances balances, EventBus events) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.ledger = ledger;
        this.balances = balances;
        this.planner = new MovementPlanner(clock, facilities, lots, ledger, balances, id -> catalog.product(id).isPresent());
    }

    public Recorded<List<StockMovement>> record(Actor actor, MovementRequest request) {
        LocalDate today = LocalDate.now(clock);
        new Violations()
                .check(request.type() != null, "type", "is required")
                .check(request.occurredOn() != null, "occurredOn", "is required")
                .check(request.occurredOn() == null || !request.occurredOn().isAfter(today), "occurredOn",
                        "must not be in the future (today is " + today + ")")
                .throwIfAny(StockError.MOVEMENT_INVALID);
        UUID requestId = request.id() == null ? Ids.newId() : request.id();
        String digest = RequestContent.digest(request);
        return store.inTransaction(h -> {
            List<StockMovement> existing = ledger.byRequest(h, requestId);
            if (!existing.isEmpty()) {
                return retry(h, actor, requestId, existing, request, digest);
            }
            List<StockMovement> entries;
            try {
                entries = planner.plan(h, actor, requestId, request);
            } catch (VaxlineException refused) {
                // A parallel copy of this request may have committed since we looked, taking the doses we planned on.
                List<StockMovement> recorded = ledger.byRequest(h, requestId);
                if (recorded.isEmpty()) {
                    throw refused;
                }
                return retry(h, actor, requestId, recorded, request, digest);
            }
            for (StockMovement entry : entries) {
                // The entry goes in first: a parallel copy of this request then collides on the first entry's key (the
                // request's id) and runs again as a retry, instead of finding the doses gone. A refusal below rolls it back.
                ledger.append(h, entry, digest);
                if (!balances.apply(h, entry)) {
                    throw insufficient(h, entry);
                }
                events.publish(new StockMoved(entry));
            }
            return Recorded.created(entries);
        });
    }

    /**
     * Issues doses of a named lot for a use case that has checked, inside its own transaction, all that a request would
     * be checked for here (the actor may write at the facility, the lot is usable there that day, the day is not in the
     * future, the request id is new): joins that transaction and writes only. The balance moves first, so a refusal
     * (409 STOCK_INSUFFICIENT) has written nothing and the caller's transaction is still good to use.
     *
     * @param request an ISSUE of a named lot at a facility, with its id
     */
    public StockMovement issueChecked(Actor actor, MovementRequest request, String provinceCode, UUID productId) {
        String digest = RequestContent.digest(request);
        return store.inTransaction(h -> {
            StockMovement entry = new StockMovement(request.id(), request.id(), MovementType.ISSUE, request.facilityId(),
                    provinceCode, request.lotId(), productId, -request.quantity(), request.occurredOn(),
                    MovementPlanner.hasText(request.reason()) ? request.reason().trim() : null,
                    MovementPlanner.hasText(request.reference()) ? request.reference().trim() : null,
                    null, null, null, null, null, clock.instant(), actor.name());
            if (!balances.take(h, entry)) {
                throw insufficient(h, entry);
            }
            ledger.append(h, entry, digest);
            events.publish(new StockMoved(entry));
            return entry;
        });
    }

    /**
     * Reads (and locks) the balances a batch of site issues will take from, in one statement, so that
     * {@link #issueChecked} then decides each in memory. Called inside the batch's transaction.
     */
    public void holdBalances(java.util.Collection<Map.Entry<java.util.UUID, java.util.UUID>> facilityAndLot) {
        store.inTransaction(h -> {
            balances.prefetch(h, facilityAndLot);
            return null;
        });
    }

    private VaxlineException insufficient(Handle h, StockMovement entry) {
        long available = balances.quantity(h, entry.facilityId(), entry.lotId());
        return new VaxlineException(StockError.STOCK_INSUFFICIENT,
                "quantity: " + -entry.quantity() + " doses asked for, " + available + " on hand of lot "
                        + entry.lotId() + " at facility " + entry.facilityId(),
                Map.of("quantity", "exceeds the " + available + " doses on hand"),
                Map.of("available", available, "requested", -entry.quantity()));
    }

    /** The stored entries for the same content, 409 for other content; answered only to someone who could have made it. */
    private Recorded<List<StockMovement>> retry(Handle h, Actor actor, UUID requestId, List<StockMovement> stored,
                                                MovementRequest request, String digest) {
        actor.requireWriteAt(stored.get(0).facilityId(), stored.get(0).provinceCode(), "move stock");
        boolean same = ledger.requestDigest(h, requestId).map(digest::equals)
                .orElseGet(() -> LegacyRetry.sameRequest(stored, request));
        return Idempotent.retry("stock movement request", requestId, stored, same);
    }
}
