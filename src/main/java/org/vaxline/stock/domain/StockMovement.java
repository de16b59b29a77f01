package org.vaxline.stock.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry in the append-only stock ledger: a signed number of doses of one lot at one facility.
 * It records when the movement happened ({@code occurredOn}) and when and by whom it was recorded.
 *
 * @param requestId  the request that made it; a request issuing by FEFO makes one entry per lot, all with its id
 * @param transferId for both halves of a transfer, the transfer they belong to
 * @param counterpartFacilityId for a transfer, the other facility
 * @param reverses   for a reversal, the entry it cancels
 * @param fefoOverrideReason      why a named lot was taken while another usable lot there expired earlier
 * @param hierarchyOverrideReason why a transfer went neither to a child nor to the parent of its facility
 */
public record StockMovement(UUID id, UUID requestId, MovementType type, UUID facilityId, String provinceCode,
                            UUID lotId, UUID productId, long quantity, LocalDate occurredOn, String reason,
                            String reference, UUID transferId, UUID counterpartFacilityId, UUID reverses,
                            String fefoOverrideReason, String hierarchyOverrideReason, Instant recordedAt,
                            String recordedBy) {
}
