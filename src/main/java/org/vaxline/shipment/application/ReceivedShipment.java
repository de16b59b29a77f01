package org.vaxline.shipment.application;

import org.vaxline.lot.domain.LotStatus;
import org.vaxline.shipment.domain.Shipment;

import java.util.Map;
import java.util.UUID;

/** A shipment as read back: what was stored, and the release status each of its lots has now. */
public record ReceivedShipment(Shipment shipment, Map<UUID, LotStatus> lotStatus) {
}
