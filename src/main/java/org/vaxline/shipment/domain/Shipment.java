package org.vaxline.shipment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A shipment received at a store: written once, with the delivery and stock receipts it recorded. */
public record Shipment(UUID id, UUID agreementId, UUID commitmentId, UUID facilityId, LocalDate arrivedOn,
                       String reference, boolean overDelivery, long totalDoses, UUID deliveryId, List<ShipmentLot> lots,
                       Instant recordedAt, String recordedBy) {
    public Shipment {
        lots = List.copyOf(lots);
    }

    /** Same content as a retried request, ignoring lot ids and who recorded it when: a retry, not a new shipment. */
    public boolean sameContentAs(Shipment other) {
        return id.equals(other.id) && agreementId.equals(other.agreementId) && commitmentId.equals(other.commitmentId)
                && facilityId.equals(other.facilityId) && arrivedOn.equals(other.arrivedOn)
                && Objects.equals(reference, other.reference) && overDelivery == other.overDelivery
                && lots.stream().map(ShipmentLot::content).toList().equals(other.lots.stream().map(ShipmentLot::content).toList());
    }
}
