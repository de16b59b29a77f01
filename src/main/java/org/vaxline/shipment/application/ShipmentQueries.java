package org.vaxline.shipment.application;

import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.store.Store;
import org.vaxline.shipment.domain.Shipment;
import org.vaxline.shipment.domain.ShipmentLot;
import org.vaxline.shipment.store.ShipmentStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads received shipments, each with the release status its lots have now. */
public final class ShipmentQueries {
    private final Store store;
    private final ShipmentStore shipments;
    private final LotAvailability lots;

    public ShipmentQueries(Store store, ShipmentStore shipments, LotAvailability lots) {
        this.store = store;
        this.shipments = shipments;
        this.lots = lots;
    }

    /** The lots a shipment brought, or nothing for an unknown shipment. */
    public Optional<List<UUID>> lotsOf(UUID id) {
        return store.read(h -> shipments.find(h, id)).map(s -> s.lots().stream().map(ShipmentLot::lotId).toList());
    }

    public ReceivedShipment find(UUID id) {
        return withStatus(store.read(h -> shipments.find(h, id)).orElseThrow(() -> VaxlineException.notFound("shipment", id)));
    }

    /** @param agreementId only this agreement's shipments; null for all */
    public Page<ReceivedShipment> page(UUID agreementId, UUID after, int limit) {
        Page<Shipment> page = store.read(h -> Page.of(shipments.page(h, agreementId, after, limit + 1), limit,
                s -> s.id().toString()));
        return new Page<>(page.items().stream().map(this::withStatus).toList(), page.next());
    }

    public ReceivedShipment withStatus(Shipment s) {
        List<UUID> ids = s.lots().stream().map(ShipmentLot::lotId).distinct().toList();
        Map<UUID, LotStatus> status = lots.states(ids).stream().collect(Collectors.toMap(LotState::lotId, LotState::status));
        return new ReceivedShipment(s, status);
    }
}
