package org.vaxline.stock.application;

import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;

import java.util.List;
import java.util.Objects;

/**
 * A retry of a request recorded before requests kept their content (migration V14): compared, as strictly as the
 * entries allow, with what they booked. Every field the client could have sent must agree; only what the entries
 * cannot tell (whether a FEFO lot was named) is given the benefit of the doubt.
 */
final class LegacyRetry {
    private LegacyRetry() {
    }

    static boolean sameRequest(List<StockMovement> entries, MovementRequest r) {
        StockMovement first = entries.get(0);
        long booked = entries.stream().mapToLong(StockMovement::quantity).sum();
        MovementType type = first.type();
        boolean derivedFacility = type == MovementType.TRANSFER_IN || type == MovementType.REVERSAL;
        Long expectedQuantity = switch (type) {
            case ADJUSTMENT, RECEIPT -> booked;
            case ISSUE, TRANSFER_OUT, WASTAGE, EXPIRY, RECALL, RETURN -> -booked;
            case TRANSFER_IN -> r.quantity() == null ? null : booked;
            case REVERSAL -> null;
        };
        return type == r.type()
                && (type == MovementType.REVERSAL || first.occurredOn().equals(r.occurredOn()))
                && (derivedFacility && r.facilityId() == null || first.facilityId().equals(r.facilityId()))
                && (r.lotId() == null ? type.needsUsableLot() || derivedFacility : entries.stream().allMatch(e -> e.lotId().equals(r.lotId())))
                && Objects.equals(expectedQuantity, r.quantity())
                && Objects.equals(text(r.reason()), first.reason())
                && Objects.equals(text(r.reference()), first.reference())
                && Objects.equals(type == MovementType.TRANSFER_OUT ? first.counterpartFacilityId() : null, r.toFacilityId())
                && Objects.equals(type == MovementType.TRANSFER_IN ? first.transferId() : null, r.transferId())
                && Objects.equals(first.reverses(), r.reverses())
                && (r.lines() == null || r.lines().isEmpty())
                && text(r.fefoOverrideReason()) == null && text(r.hierarchyOverrideReason()) == null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
