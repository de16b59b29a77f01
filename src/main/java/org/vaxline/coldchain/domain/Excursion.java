package org.vaxline.coldchain.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A temperature excursion, as recorded once: where (a facility, or a shipment received there), when, for how long,
 * and the coldest and warmest temperature reached.
 *
 * @param shipmentId the shipment it happened on, or null for an excursion in the facility's own equipment
 */
public record Excursion(UUID id, UUID facilityId, String provinceCode, UUID shipmentId, Instant startedAt,
                        int durationMinutes, double lowestC, double highestC, String note, Instant recordedAt,
                        String recordedBy) {

    /** Same content as a retried request, ignoring when and by whom it was recorded. */
    public boolean sameContentAs(Excursion other) {
        return id.equals(other.id) && facilityId.equals(other.facilityId) && Objects.equals(shipmentId, other.shipmentId)
                && startedAt.equals(other.startedAt) && durationMinutes == other.durationMinutes
                && Double.compare(lowestC, other.lowestC) == 0 && Double.compare(highestC, other.highestC) == 0
                && Objects.equals(note, other.note);
    }

    /** Why its lots are held, in words a store keeper understands; fixed by the content, so a retry says the same. */
    public String holdReason(StorageRange range, String facilityCode) {
        return "temperature excursion " + Temperatures.format(lowestC) + "…" + Temperatures.format(highestC) + " °C for "
                + durationMinutes + " min from " + startedAt + " at " + facilityCode
                + (shipmentId == null ? "" : " on shipment " + shipmentId) + " (storage " + range.describe() + "), excursion " + id;
    }
}
