package org.vaxline.stock.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.domain.LotState;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.stock.domain.Allocation;
import org.vaxline.stock.domain.FefoOverridePolicy;
import org.vaxline.stock.domain.FefoPolicy;
import org.vaxline.stock.domain.LotBalance;
import org.vaxline.stock.domain.MovementDates;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockError;
import org.vaxline.stock.domain.StockMovement;
import org.vaxline.stock.domain.TransferRoutePolicy;
import org.vaxline.stock.domain.WastageReason;
import org.vaxline.stock.store.StockBalances;
import org.vaxline.stock.store.StockLedger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Turns one movement request into the ledger entries it makes, applying every rule of its type. */
final class MovementPlanner {
    private final Clock clock;
    private final Facilities facilities;
    private final LotAvailability lots;
    private final StockLedger ledger;
    private final StockBalances balances;
    private final Predicate<UUID> products;

    /** @param products whether a product id names a product */
    MovementPlanner(Clock clock, Facilities facilities, LotAvailability lots, StockLedger ledger, StockBalances balances,
                    Predicate<UUID> products) {
        this.clock = clock;
        this.facilities = facilities;
        this.lots = lots;
        this.ledger = ledger;
        this.balances = balances;
        this.products = products;
    }

    List<StockMovement> plan(Handle h, Actor actor, UUID requestId, MovementRequest r) {
        return switch (r.type()) {
            case RECEIPT, ADJUSTMENT, WASTAGE, EXPIRY, RECALL, RETURN -> List.of(single(actor, requestId, r));
            case ISSUE -> outgoing(h, actor, requestId, r, null);
            case TRANSFER_OUT -> outgoing(h, actor, requestId, r, destination(r));
            case TRANSFER_IN -> TransferReceipt.plan(this, h, actor, requestId, r);
            case REVERSAL -> List.of(reversal(h, actor, requestId, r));
        };
    }

    /** A movement of one named lot at one facility. */
    private StockMovement single(Actor actor, UUID requestId, MovementRequest r) {
        Violations v = new Violations();
        v.check(r.lotId() != null, "lotId", "is required for a " + r.type());
        if (r.type() == MovementType.ADJUSTMENT) {
            v.check(r.quantity() != null && r.quantity() != 0, "quantity", "an adjustment is a non-zero number of doses, up or down");
            v.check(hasText(r.reason()), "reason", "an adjustment must say why");
        } else {
            checkPositive(v, r.quantity());
        }
        if (r.type() == MovementType.WASTAGE) {
            v.check(r.reason() != null && Arrays.stream(WastageReason.values()).anyMatch(w -> w.name().equals(r.reason())),
                    "reason", "wastage needs one of " + Arrays.toString(WastageReason.values()));
        }
        if (r.type() == MovementType.RECALL || r.type() == MovementType.RETURN) {
            v.check(hasText(r.reason()), "reason", "a " + r.type() + " must say why");
        }
        v.throwIfAny(StockError.MOVEMENT_INVALID);
        Facility at = writableFacility(actor, r.facilityId());
        LotState lot = lots.state(r.lotId()).orElseThrow(() -> VaxlineException.notFound("lot", r.lotId()));
        MovementDates.requireMade(lot, r.occurredOn());
        long signed = r.type() == MovementType.ADJUSTMENT ? r.quantity() : r.type().direction() * r.quantity();
        return entry(requestId, requestId, r.type(), at, lot.lotId(), lot.productId(), signed, r, null, null, null, actor);
    }

    /** An issue or a transfer out: of the named lot if it is usable here, else of the earliest-expiring usable lots. */
    private List<StockMovement> outgoing(Handle h, Actor actor, UUID requestId, MovementRequest r, Facility to) {
        Violations v = new Violations();
        checkPositive(v, r.quantity());
        v.check(r.lotId() != null || r.productId() != null, "lotId", "name a lotId, or a productId to issue by first expiry");
        v.throwIfAny(StockError.MOVEMENT_INVALID);
        Facility at = writableFacility(actor, r.facilityId());
        if (to != null && to.id().equals(at.id())) {
            throw VaxlineException.field(StockError.MOVEMENT_INVALID, "toFacilityId", "a transfer goes to another facility");
        }
        UUID transferId = to == null ? null : requestId;
        UUID counterpart = to == null ? null : to.id();
        // The lot's own refusals (unusable, not yet made) come before those of the choice of lot and of the route.
        if (r.lotId() != null) {
            // a day before the lot was made is named as such, before the lot's own state on that day (not yet released)
            MovementDates.requireMade(lots.state(r.lotId()).orElseThrow(() -> VaxlineException.notFound("lot", r.lotId())),
                    r.occurredOn());
            LotState lot = lots.requireUsable(r.lotId(), at.id(), r.occurredOn());
            String fefoReason = fefoOverride(h, at, lot, r);
            String routeReason = routeOverride(actor, at, to, r);
            return List.of(entry(requestId, requestId, r.type(), at, lot.lotId(), lot.productId(), -r.quantity(), r,
                    transferId, counterpart, null, fefoReason, routeReason, actor));
        }
        if (!products.test(r.productId())) {
            throw VaxlineException.notFound("product", r.productId());
        }
        List<Allocation> allocations = FefoPolicy.allocate(onHand(h, at.id(), r.productId()), r.quantity(), at.id(), r.occurredOn());
        String routeReason = routeOverride(actor, at, to, r);
        List<StockMovement> entries = new ArrayList<>();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            // The first entry carries the request's id, so a parallel retry collides on the key and is answered as a retry.
            UUID id = i == 0 ? requestId : Ids.newId();
            entries.add(entry(id, requestId, r.type(), at, a.lotId(), r.productId(), -a.quantity(), r, transferId, counterpart,
                    null, null, routeReason, actor));
        }
        return entries;
    }

    /** The product's lots with doses at the facility, with what is known of each. */
    private List<LotBalance> onHand(Handle h, UUID facilityId, UUID productId) {
        List<StockBalances.Line> lines = balances.ofProductAt(h, facilityId, productId);
        Map<UUID, LotState> states = lots.states(lines.stream().map(StockBalances.Line::lotId).toList()).stream()
                .collect(Collectors.toMap(LotState::lotId, Function.identity()));
        List<LotBalance> onHand = new ArrayList<>();
        for (StockBalances.Line line : lines) {
            LotState state = states.get(line.lotId());
            if (state != null) {
                onHand.add(new LotBalance(state, line.quantity()));
            }
        }
        return onHand;
    }

    /** The reason recorded for a named lot that bypasses first expiry at a store; null when none was needed. */
    private String fefoOverride(Handle h, Facility at, LotState lot, MovementRequest r) {
        if (!FefoOverridePolicy.binds(r.type(), at.type())) {
            return null;
        }
        FefoOverridePolicy.Outcome outcome = FefoOverridePolicy.decide(r.type(), at.type(), lot, onHand(h, at.id(), lot.productId()),
                at.id(), r.occurredOn(), r.fefoOverrideReason());
        return outcome == FefoOverridePolicy.Outcome.OVERRIDDEN ? trimmed(r.fefoOverrideReason()) : null;
    }

    /** The reason recorded for a transfer outside the facility hierarchy; null for an issue or a move along it. */
    private static String routeOverride(Actor actor, Facility from, Facility to, MovementRequest r) {
        if (to == null) {
            return null;
        }
        TransferRoutePolicy.Route route = TransferRoutePolicy.decide(from, to, actor.role() == Role.NATIONAL_ADMIN,
                r.hierarchyOverrideReason());
        return route == TransferRoutePolicy.Route.OVERRIDDEN ? trimmed(r.hierarchyOverrideReason()) : null;
    }

    private Facility destination(MovementRequest r) {
        if (r.toFacilityId() == null) {
            throw VaxlineException.field(StockError.MOVEMENT_INVALID, "toFacilityId", "a transfer needs the facility it goes to");
        }
        return facilities.find(r.toFacilityId()).orElseThrow(() -> VaxlineException.notFound("facility", r.toFacilityId()));
    }

    /** Cancels one entry with its opposite; transfers only while in transit, and never a reversal or a receipt. */
    private StockMovement reversal(Handle h, Actor actor, UUID requestId, MovementRequest r) {
        if (r.reverses() == null || !hasText(r.reason())) {
            Violations v = new Violations();
            v.check(r.reverses() != null, "reverses", "a reversal names the entry it cancels");
            v.check(hasText(r.reason()), "reason", "a reversal must say why");
            v.throwIfAny(StockError.MOVEMENT_INVALID);
        }
        StockMovement original = ledger.find(h, r.reverses()).orElseThrow(() -> VaxlineException.notFound("stock movement", r.reverses()));
        if (original.type() == MovementType.REVERSAL || original.type() == MovementType.TRANSFER_IN) {
            throw new VaxlineException(StockError.MOVEMENT_NOT_REVERSIBLE, "a " + original.type() + " cannot be reversed; record an adjustment instead");
        }
        if (original.type() == MovementType.TRANSFER_OUT
                && ledger.transfer(h, original.transferId()).stream().anyMatch(e -> e.type() == MovementType.TRANSFER_IN)) {
            throw new VaxlineException(StockError.MOVEMENT_NOT_REVERSIBLE,
                    "transfer " + original.transferId() + " has been received; record an adjustment instead");
        }
        if (ledger.isReversed(h, original.id())) {
            throw new VaxlineException(StockError.MOVEMENT_ALREADY_REVERSED, "stock movement " + original.id() + " has already been reversed");
        }
        Facility at = writableFacility(actor, original.facilityId());
        MovementRequest dated = new MovementRequest(r.id(), r.type(), at.id(), original.lotId(), original.productId(), null,
                original.occurredOn(), r.reason(), original.reference(), null, null, null, original.id());
        return entry(requestId, requestId, MovementType.REVERSAL, at, original.lotId(), original.productId(),
                -original.quantity(), dated, original.transferId(), original.counterpartFacilityId(), original.id(), actor);
    }

    /** The facility, when it exists and the actor may write there. */
    Facility writableFacility(Actor actor, UUID facilityId) {
        if (facilityId == null) {
            throw VaxlineException.field(StockError.MOVEMENT_INVALID, "facilityId", "is required");
        }
        Facility facility = facilities.find(facilityId).orElseThrow(() -> VaxlineException.notFound("facility", facilityId));
        actor.requireWriteAt(facility.id(), facility.provinceCode(), "move stock");
        return facility;
    }

    StockMovement entry(UUID id, UUID requestId, MovementType type, Facility at, UUID lotId, UUID productId, long quantity,
                        MovementRequest r, UUID transferId, UUID counterpart, UUID reverses, Actor actor) {
        return entry(id, requestId, type, at, lotId, productId, quantity, r, transferId, counterpart, reverses, null, null, actor);
    }

    /**
     * @param fefoReason  the first-expiry override reason the entry records, only where the override was needed
     * @param routeReason the hierarchy override reason the entry records, only where the override was needed
     */
    private StockMovement entry(UUID id, UUID requestId, MovementType type, Facility at, UUID lotId, UUID productId, long quantity,
                                MovementRequest r, UUID transferId, UUID counterpart, UUID reverses, String fefoReason,
                                String routeReason, Actor actor) {
        Instant now = clock.instant();
        return new StockMovement(id, requestId, type, at.id(), at.provinceCode(), lotId, productId, quantity, r.occurredOn(),
                trimmed(r.reason()), trimmed(r.reference()), transferId, counterpart, reverses, fefoReason, routeReason, now,
                actor.name());
    }

    StockLedger ledger() {
        return ledger;
    }

    private static void checkPositive(Violations v, Long quantity) {
        v.check(quantity != null && quantity > 0, "quantity", "must be a whole number of doses greater than zero");
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String trimmed(String text) {
        return hasText(text) ? text.trim() : null;
    }
}
