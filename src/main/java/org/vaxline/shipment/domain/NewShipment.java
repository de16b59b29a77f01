package org.vaxline.shipment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A shipment as a client sends it: what arrived at which store, against which commitment.
 *
 * @param id           chosen by the client so a retry records nothing twice; null lets the server pick
 * @param commitmentId optional when the agreement has exactly one product commitment
 * @param facilityId   the store that received it
 * @param reference    the air waybill or other transport document
 * @param overDelivery true to record it even beyond what is outstanding on the commitment
 */
public record NewShipment(UUID id, UUID agreementId, UUID commitmentId, UUID facilityId, LocalDate arrivedOn,
                          String reference, Boolean overDelivery, List<Line> lots) {

    public boolean isOverDelivery() {
        return Boolean.TRUE.equals(overDelivery);
    }

    public NewShipment withId(UUID newId) {
        return new NewShipment(newId, agreementId, commitmentId, facilityId, arrivedOn, reference, overDelivery, lots);
    }

    /**
     * One lot of the shipment, typed, scanned ({@code gs1}: bracketed, raw with GS separators, or a Digital Link), or both.
     * Give doses or vials (or both, agreeing).
     */
    public record Line(String lotNumber, String gtin, LocalDate manufacturedOn, LocalDate expiresOn, Long doses, Long vials,
                       String gs1) {
    }
}
