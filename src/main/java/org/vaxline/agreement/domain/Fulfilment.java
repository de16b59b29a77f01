package org.vaxline.agreement.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The projection of the delivery ledger for one commitment: what has arrived in all, in how many deliveries
 * still standing (not reversed), and between which dates.
 */
public record Fulfilment(UUID commitmentId, Quantity delivered, int deliveries, LocalDate firstDeliveredOn,
                         LocalDate lastDeliveredOn) {
    public static Fulfilment none(UUID commitmentId, String unit) {
        return new Fulfilment(commitmentId, Quantity.of(0, unit), 0, null, null);
    }
}
