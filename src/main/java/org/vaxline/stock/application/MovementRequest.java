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
 */
public record MovementRequest(UUID id, MovementType type, UUID facilityId, UUID lotId, UUID productId, Long quantity,
                              LocalDate occurredOn, String reason, String reference, UUID toFacilityId, UUID transferId,
                              List<ReceivedLine> lines, UUID reverses) {

    /** What arrived of one lot of a transfer, and why it differs from what was sent. */
    public record ReceivedLine(UUID lotId, long quantity) {
    }
}
