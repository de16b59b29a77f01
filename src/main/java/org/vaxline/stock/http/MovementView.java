package org.vaxline.stock.http;

import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stock ledger entry on the wire. */
record MovementView(UUID id, UUID requestId, MovementType type, UUID facilityId, String provinceCode, UUID lotId,
                    UUID productId, long quantity, LocalDate occurredOn, String reason, String reference, UUID transferId,
                    UUID counterpartFacilityId, UUID reverses, String fefoOverrideReason, String hierarchyOverrideReason,
                    Instant recordedAt, String recordedBy) {
    static MovementView of(StockMovement m) {
        return new MovementView(m.id(), m.requestId(), m.type(), m.facilityId(), m.provinceCode(), m.lotId(), m.productId(),
                m.quantity(), m.occurredOn(), m.reason(), m.reference(), m.transferId(), m.counterpartFacilityId(),
                m.reverses(), m.fefoOverrideReason(), m.hierarchyOverrideReason(), m.recordedAt(), m.recordedBy());
    }
}
