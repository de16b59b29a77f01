package org.vaxline.lot.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the rest of the chain needs to know of a lot: its product, its release status, the expiry in force
 * (the labelled one, or a later one set by a recorded shelf-life decision) and where it is on hold.
 *
 * @param releasedOn       the day the control laboratory released it, null until then
 * @param heldEverywhere   a hold without a facility (a recall, a national hold) stops the lot everywhere
 * @param heldAtFacilities facilities where the lot is on hold (e.g. after a temperature excursion there)
 */
public record LotState(UUID lotId, UUID productId, String lotNumber, String gtin, LocalDate manufacturedOn,
                       LocalDate labelledExpiry, LocalDate expiresOn, LotStatus status, LocalDate releasedOn,
                       boolean heldEverywhere,
                       Set<UUID> heldAtFacilities) {
    public LotState {
        heldAtFacilities = heldAtFacilities == null ? Set.of() : Set.copyOf(heldAtFacilities);
    }

    /** Expired on a day when that day is after the last day of use. */
    public boolean expiredOn(LocalDate day) {
        return day.isAfter(expiresOn);
    }

    public boolean onHoldAt(UUID facilityId) {
        return heldEverywhere || heldAtFacilities.contains(facilityId);
    }
}
