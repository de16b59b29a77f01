package org.vaxline.lot.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A hold on a lot at one facility, or everywhere when {@code facilityId} is null; open until it is lifted.
 *
 * @param lift the lift, or null while the hold is open
 */
public record Hold(UUID id, UUID lotId, UUID facilityId, String reason, HoldSource source, UUID sourceId,
                   Instant placedAt, String placedBy, HoldLift lift) {

    public boolean isOpen() {
        return lift == null;
    }

    public Hold lifted(HoldLift lift) {
        return new Hold(id, lotId, facilityId, reason, source, sourceId, placedAt, placedBy, lift);
    }

    public boolean sameContentAs(Hold other) {
        return id.equals(other.id) && lotId.equals(other.lotId) && Objects.equals(facilityId, other.facilityId)
                && reason.equals(other.reason) && source == other.source && Objects.equals(sourceId, other.sourceId);
    }
}
