package org.vaxline.coldchain.application;

import org.vaxline.coldchain.domain.ColdChainError;
import org.vaxline.platform.error.VaxlineException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the cold chain asks of the shipments feature: the lots a shipment carries. The composition root wires it
 * once shipments exist; until then an excursion on a shipment is refused, naming {@code shipmentId}.
 */
@FunctionalInterface
public interface ShipmentLots {
    /** The lots of the shipment, or empty when there is no such shipment. */
    Optional<List<UUID>> lotsOf(UUID shipmentId);

    /** Before shipments are wired: an excursion on a shipment cannot yet be recorded. */
    ShipmentLots NOT_WIRED = shipmentId -> {
        throw VaxlineException.field(ColdChainError.EXCURSION_INVALID, "shipmentId",
                "excursions on shipments are not supported yet; record it at the receiving facility without shipmentId");
    };
}
