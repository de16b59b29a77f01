package org.vaxline.stock.application;

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
                // A retry is answered only to someone who could have made it.
                actor.requireWriteAt(existing.get(0).facilityId(), existing.get(0).provinceCode(), "move stock");
                boolean same = ledger.requestDigest(h, requestId).map(digest::equals)
                        .orElseGet(() -> LegacyRetry.sameRequest(existing, request));
                return Idempotent.retry("stock movement request", requestId, existing, same);
            }
            List<StockMovement> entries = planner.plan(h, actor, requestId, request);
            for (StockMovement entry : entries) {
                if (!balances.apply(h, entry)) {
                    long available = balances.quantity(h, entry.facilityId(), entry.lotId());
                    throw new VaxlineException(StockError.STOCK_INSUFFICIENT,
                            "quantity: " + -entry.quantity() + " doses asked for, " + available + " on hand of lot "
                                    + entry.lotId() + " at facility " + entry.facilityId(),
                            Map.of("quantity", "exceeds the " + available + " doses on hand"),
                            Map.of("available", available));
                }
                ledger.append(h, entry, digest);
            }
            return Recorded.created(entries);
        });
    }
}
