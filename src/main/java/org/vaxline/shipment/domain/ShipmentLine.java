package org.vaxline.shipment.domain;

import java.time.LocalDate;

/** One lot line once read and checked: the scanned label merged with what was typed, the GTIN in its 14-digit form. */
public record ShipmentLine(String lotNumber, String gtin, LocalDate manufacturedOn, LocalDate expiresOn, long doses,
                           long vials) {
}
