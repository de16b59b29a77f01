package org.vaxline.shipment;

import org.vaxline.agreement.AgreementModule;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.LotModule;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.shipment.application.ReceiveShipment;
import org.vaxline.shipment.application.ShipmentLots;
import org.vaxline.shipment.application.ShipmentQueries;
import org.vaxline.shipment.cli.ReceiveShipmentCommand;
import org.vaxline.shipment.http.ShipmentRoutes;
import org.vaxline.shipment.store.ShipmentStore;
import org.vaxline.stock.StockModule;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** Wires shipments: receiving one (through the agreement, lot and stock features' use cases), reads, routes and the command. */
public final class ShipmentModule {
    private final ReceiveShipment receiveShipment;
    private final ShipmentQueries queries;

    public ShipmentModule(Store store, Clock clock, Catalog catalog, Facilities facilities, AgreementModule agreements,
                          LotModule lots, StockModule stock) {
        ShipmentStore shipments = new ShipmentStore();
        this.receiveShipment = new ReceiveShipment(store, clock, catalog, facilities, agreements.queries(),
                agreements.recordDelivery(), new ShipmentLots(lots.registerLots(), lots.queries()), stock.recordMovement(),
                shipments);
        this.queries = new ShipmentQueries(store, shipments, lots.availability());
    }

    public ReceiveShipment receiveShipment() {
        return receiveShipment;
    }

    public ShipmentQueries queries() {
        return queries;
    }

    public Routes routes() {
        return new ShipmentRoutes(receiveShipment, queries);
    }

    /**
     * The {@code receive} command, to add under {@code vaxline stock}. The module is asked for only when it runs, so
     * --help needs no store.
     *
     * @param facilityByIdOrCode a facility code or id to the facility's id
     */
    public static ReceiveShipmentCommand command(Supplier<ShipmentModule> module, Supplier<Actor> actor,
                                                 Function<String, UUID> facilityByIdOrCode) {
        return new ReceiveShipmentCommand(module, actor, facilityByIdOrCode);
    }
}
