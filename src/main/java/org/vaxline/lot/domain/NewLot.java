package org.vaxline.lot.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A lot to register, as a shipment or a local batch record gives it.
 *
 * @param id             chosen by the caller so that a retry registers nothing twice; null lets the server pick
 * @param labelledExpiry the expiry printed on the pack
 */
public record NewLot(UUID id, UUID productId, String lotNumber, String gtin, LocalDate manufacturedOn,
                     LocalDate labelledExpiry) {
}
