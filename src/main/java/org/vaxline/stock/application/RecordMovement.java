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
import org.vaxline.stock.domain.StockError;
import org.vaxline.stock.domain.StockMovement;
import org.vaxline.stock.store.StockBalances;
import org.vaxline.stock.store.StockLedger;

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

    public RecordMovement(Store store, Clock clock, Catalog catalog, Facilities facilities, LotAvailability lots,
                          StockLedger ledger, StockBalances balances) {
        this.store = store;
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
                    long available = balances.quantity(h, entry.facilityId(), entry.lotId());
                    throw new VaxlineException(StockError.STOCK_INSUFFICIENT,
                            "quantity: " + -entry.quantity() + " doses asked for, " + available + " on hand of lot "
                                    + entry.lotId() + " at facility " + entry.facilityId(),
                            Map.of("quantity", "exceeds the " + available + " doses on hand"),
                            Map.of("available", available, "requested", -entry.quantity()));
                }
            }
            return Recorded.created(entries);
        });
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
