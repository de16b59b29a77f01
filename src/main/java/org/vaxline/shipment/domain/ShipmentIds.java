package org.vaxline.shipment.domain;

import org.vaxline.platform.id.Ids;

import java.util.UUID;

/** The ids of what a shipment records, derived from its own id so that a retry finds them instead of adding more. */
public final class ShipmentIds {
    private ShipmentIds() {
    }

    public static UUID delivery(UUID shipmentId) {
        return Ids.fromName("shipment:" + shipmentId + ":delivery");
    }

    public static UUID stockReceipt(UUID shipmentId, int line) {
        return Ids.fromName("shipment:" + shipmentId + ":lot:" + line + ":receipt");
    }
}
