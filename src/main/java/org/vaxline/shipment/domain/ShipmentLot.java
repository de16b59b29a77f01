package org.vaxline.shipment.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One lot line of a received shipment, as stored.
 *
 * @param line           its position in the shipment, from 0
 * @param stockRequestId the stock receipt that put its doses on hand
 */
public record ShipmentLot(int line, UUID lotId, String lotNumber, String gtin, LocalDate manufacturedOn,
                          LocalDate expiresOn, long doses, long vials, UUID stockRequestId) {

    public ShipmentLine content() {
        return new ShipmentLine(lotNumber, gtin, manufacturedOn, expiresOn, doses, vials);
    }
}
