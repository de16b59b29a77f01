package org.vaxline.coldchain;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.coldchain.application.AssessExcursionLot;
import org.vaxline.coldchain.application.ExcursionQueries;
import org.vaxline.coldchain.application.RecordExcursion;
import org.vaxline.coldchain.application.ShipmentLots;
import org.vaxline.coldchain.cli.AssessCommand;
import org.vaxline.coldchain.cli.ExcursionCommand;
import org.vaxline.coldchain.http.ExcursionRoutes;
import org.vaxline.coldchain.store.ExcursionLedger;
import org.vaxline.coldchain.store.ExcursionLotLedger;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.LotModule;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.stock.StockModule;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** Wires the cold chain: temperature excursions, the holds they place, their assessments, routes and commands. */
public final class ColdChainModule {
    private final Clock clock;
    private final RecordExcursion recordExcursion;
    private final AssessExcursionLot assessExcursionLot;
    private final ExcursionQueries queries;

    /** Without shipments: an excursion on a shipment is refused (422 naming shipmentId) until they are wired. */
    public ColdChainModule(Store store, Clock clock, Catalog catalog, Facilities facilities, LotModule lots, StockModule stock) {
        this(store, clock, catalog, facilities, lots, stock, ShipmentLots.NOT_WIRED);
    }

    public ColdChainModule(Store store, Clock clock, Catalog catalog, Facilities facilities, LotModule lots, StockModule stock,
                           ShipmentLots shipments) {
        this.clock = clock;
        ExcursionLedger excursions = new ExcursionLedger();
        ExcursionLotLedger excursionLots = new ExcursionLotLedger();
        this.queries = new ExcursionQueries(store, facilities, excursions, excursionLots);
        this.recordExcursion = new RecordExcursion(store, clock, catalog, facilities, lots.availability(), lots.placeHold(),
                stock.queries(), shipments, excursions, excursionLots, queries);
        this.assessExcursionLot = new AssessExcursionLot(store, clock, lots.liftHold(), stock.recordMovement(), stock.queries(),
                excursions, excursionLots, queries);
    }

    public RecordExcursion recordExcursion() {
        return recordExcursion;
    }

    public AssessExcursionLot assessExcursionLot() {
        return assessExcursionLot;
    }

    public ExcursionQueries queries() {
        return queries;
    }

    public Clock clock() {
        return clock;
    }

    public Routes routes() {
        return new ExcursionRoutes(recordExcursion, assessExcursionLot, queries);
    }

    /**
     * The {@code excursion} and {@code assess} subcommands, to add under {@code vaxline stock}. The module is asked for
     * only when one runs, so --help needs no store.
     *
     * @param facilityByIdOrCode a facility code to its id (404 when unknown)
     */
    public static List<Object> commands(Supplier<ColdChainModule> module, Supplier<Actor> actor,
                                        Function<String, UUID> facilityByIdOrCode) {
        return List.of(new ExcursionCommand(module, actor, facilityByIdOrCode), new AssessCommand(module, actor));
    }
}
