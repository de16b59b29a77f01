package org.vaxline.stock.application;

import org.vaxline.stock.domain.MovementType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stock movement as a client asks for it. Name the lot, or for an issue or a transfer name only the product
 * and the earliest-expiring usable lots are taken (FEFO).
 *
 * @param id            the request's id, chosen by the client so a retry is harmless
 * @param quantity      doses; for an ADJUSTMENT signed (up or down), otherwise positive
 * @param toFacilityId  for a TRANSFER_OUT, where the doses go
 * @param transferId    for a TRANSFER_IN, the transfer being received
 * @param lines         for a TRANSFER_IN of several lots, what arrived of each (default: all that was sent)
 * @param reverses      for a REVERSAL, the entry it cancels
 * @param fefoOverrideReason      for an ISSUE or TRANSFER_OUT from a store naming a lot that expires later than another
 *                                usable lot there: why (recorded with the entry)
 * @param hierarchyOverrideReason for a TRANSFER_OUT by a national admin that goes neither to a child nor to the
 *                                parent of the facility: why (recorded with the entry)
 */
public record MovementRequest(UUID id, MovementType type, UUID facilityId, UUID lotId, UUID productId, Long quantity,
                              LocalDate occurredOn, String reason, String reference, UUID toFacilityId, UUID transferId,
                              List<ReceivedLine> lines, UUID reverses, String fefoOverrideReason,
                              String hierarchyOverrideReason) {

    /** A movement that overrides no rule: what every caller but a store picking a lot, or the national programme re-routing, sends. */
    public MovementRequest(UUID id, MovementType type, UUID facilityId, UUID lotId, UUID productId, Long quantity,
                           LocalDate occurredOn, String reason, String reference, UUID toFacilityId, UUID transferId,
                           List<ReceivedLine> lines, UUID reverses) {
        this(id, type, facilityId, lotId, productId, quantity, occurredOn, reason, reference, toFacilityId, transferId,
                lines, reverses, null, null);
    }

    /** The same request under another id (e.g. the Idempotency-Key's). */
    public MovementRequest withId(UUID newId) {
        return new MovementRequest(newId, type, facilityId, lotId, productId, quantity, occurredOn, reason, reference,
                toFacilityId, transferId, lines, reverses, fefoOverrideReason, hierarchyOverrideReason);
    }

    /** What arrived of one lot of a transfer, and why it differs from what was sent. */
    public record ReceivedLine(UUID lotId, long quantity) {
    }
}
