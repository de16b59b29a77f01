package org.vaxline.stock.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.facility.domain.Facility;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.stock.domain.MovementDates;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockError;
import org.vaxline.stock.domain.StockMovement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The proof of delivery of a transfer: what arrived of each lot at the destination, and why it differs from what
 * was sent. A transfer is received once; doses that did not arrive stay off both facilities' stock, and the
 * reason says where they went.
 */
final class TransferReceipt {
    private TransferReceipt() {
    }

    static List<StockMovement> plan(MovementPlanner planner, Handle h, Actor actor, UUID requestId, MovementRequest r) {
        if (r.transferId() == null) {
            throw VaxlineException.field(StockError.MOVEMENT_INVALID, "transferId", "name the transfer being received");
        }
        List<StockMovement> entries = planner.ledger().transfer(h, r.transferId());
        List<StockMovement> sent = entries.stream().filter(e -> e.type() == MovementType.TRANSFER_OUT).toList();
        if (sent.isEmpty()) {
            throw VaxlineException.notFound("transfer", r.transferId());
        }
        if (entries.stream().anyMatch(e -> e.type() != MovementType.TRANSFER_OUT)) {
            throw new VaxlineException(StockError.TRANSFER_NOT_IN_TRANSIT,
                    "transfer " + r.transferId() + " is no longer in transit: it was received or cancelled");
        }
        UUID destinationId = sent.get(0).counterpartFacilityId();
        if (r.facilityId() != null && !r.facilityId().equals(destinationId)) {
            throw VaxlineException.field(StockError.MOVEMENT_INVALID, "facilityId", "transfer " + r.transferId() + " goes to " + destinationId);
        }
        Facility at = planner.writableFacility(actor, destinationId);
        MovementDates.requireNotBeforeDispatch(sent.get(0).occurredOn(), r.occurredOn());
        Map<UUID, Long> received = receivedPerLot(sent, r);
        long sentTotal = sent.stream().mapToLong(e -> -e.quantity()).sum();
        long receivedTotal = received.values().stream().mapToLong(Long::longValue).sum();
        if (receivedTotal != sentTotal && !MovementPlanner.hasText(r.reason())) {
            throw VaxlineException.field(StockError.MOVEMENT_INVALID, "reason",
                    receivedTotal + " of " + sentTotal + " doses arrived: say why they differ");
        }
        List<StockMovement> arrivals = new ArrayList<>();
        for (StockMovement out : sent) {
            // The first arrival carries the request's id, so a parallel retry collides on the key and is answered as a retry.
            UUID id = arrivals.isEmpty() ? requestId : Ids.newId();
            arrivals.add(planner.entry(id, requestId, MovementType.TRANSFER_IN, at, out.lotId(), out.productId(),
                    received.get(out.lotId()), r, r.transferId(), out.facilityId(), null, actor));
        }
        return arrivals;
    }

    /** All that was sent, unless the receipt says otherwise for a lot; never more than was sent. */
    private static Map<UUID, Long> receivedPerLot(List<StockMovement> sent, MovementRequest r) {
        Map<UUID, Long> received = new java.util.LinkedHashMap<>();
        sent.forEach(e -> received.merge(e.lotId(), -e.quantity(), Long::sum));
        Map<UUID, Long> maxima = Map.copyOf(received);
        if (r.lines() != null && !r.lines().isEmpty()) {
            for (int i = 0; i < r.lines().size(); i++) {
                MovementRequest.ReceivedLine line = r.lines().get(i);
                if (line == null || !maxima.containsKey(line.lotId())) {
                    throw VaxlineException.field(StockError.MOVEMENT_INVALID, "lines[" + i + "].lotId", "was not sent in this transfer");
                }
                received.put(line.lotId(), line.quantity());
            }
        } else if (r.quantity() != null) {
            if (maxima.size() != 1) {
                throw VaxlineException.field(StockError.MOVEMENT_INVALID, "lines", "this transfer carries several lots: say what arrived of each");
            }
            received.replaceAll((lot, q) -> r.quantity());
        }
        List<UUID> lots = new ArrayList<>(received.keySet());
        for (UUID lot : lots) {
            long q = received.get(lot);
            if (q < 0 || q > maxima.get(lot)) {
                throw VaxlineException.field(StockError.MOVEMENT_INVALID, fieldOf(r, lot),
                        "between 0 and the " + maxima.get(lot) + " doses sent of lot " + lot);
            }
        }
        return received;
    }

    /** The request field that gave a lot's received quantity: its line, or the single quantity. */
    private static String fieldOf(MovementRequest r, UUID lot) {
        if (r.lines() != null) {
            for (int i = 0; i < r.lines().size(); i++) {
                if (r.lines().get(i) != null && lot.equals(r.lines().get(i).lotId())) {
                    return "lines[" + i + "].quantity";
                }
            }
        }
        return "quantity";
    }

}
