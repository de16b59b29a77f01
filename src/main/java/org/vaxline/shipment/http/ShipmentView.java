package org.vaxline.shipment.http;

import org.vaxline.lot.domain.LotStatus;
import org.vaxline.shipment.application.ReceivedShipment;
import org.vaxline.shipment.domain.Shipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A shipment on the wire (schema Shipment): the stored shipment and, per lot, its release status now. */
record ShipmentView(UUID id, UUID agreementId, UUID commitmentId, UUID facilityId, LocalDate arrivedOn, String reference,
                    boolean overDelivery, long totalDoses, UUID deliveryId, List<LotLine> lots, Instant recordedAt,
                    String recordedBy) {

    record LotLine(UUID lotId, String lotNumber, String gtin, LocalDate manufacturedOn, LocalDate expiresOn, long doses,
                   long vials, LotStatus status, UUID stockRequestId) {
    }

    static ShipmentView of(ReceivedShipment received) {
        Shipment s = received.shipment();
        List<LotLine> lots = s.lots().stream().map(l -> new LotLine(l.lotId(), l.lotNumber(), l.gtin(), l.manufacturedOn(),
                l.expiresOn(), l.doses(), l.vials(), received.lotStatus().get(l.lotId()), l.stockRequestId())).toList();
        return new ShipmentView(s.id(), s.agreementId(), s.commitmentId(), s.facilityId(), s.arrivedOn(), s.reference(),
                s.overDelivery(), s.totalDoses(), s.deliveryId(), lots, s.recordedAt(), s.recordedBy());
    }
}
