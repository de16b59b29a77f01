package org.vaxline.stock;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Product;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.platform.event.EventBus;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.store.Projection;
import org.vaxline.platform.store.Store;
import org.vaxline.stock.application.RecordMovement;
import org.vaxline.stock.application.StockQueries;
import org.vaxline.stock.http.StockRoutes;
import org.vaxline.stock.store.StockBalances;
import org.vaxline.stock.store.StockDailyUse;
import org.vaxline.stock.store.StockLedger;

import java.time.Clock;
import java.time.LocalDate;

/** Wires the stock ledger: its stores, use cases and routes. */
public final class StockModule {
    private final Store store;
    private final Clock clock;
    private final StockBalances balances;
    private final StockDailyUse dailyUse;
    private final RecordMovement recordMovement;
    private final StockQueries queries;

    public StockModule(Store store, Clock clock, Catalog catalog, Facilities facilities, LotAvailability lots, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.dailyUse = new StockDailyUse();
        StockLedger ledger = new StockLedger(dailyUse);
        this.balances = new StockBalances(store.dialect());
        this.recordMovement = new RecordMovement(store, clock, catalog, facilities, lots, ledger, balances, events);
        this.queries = new StockQueries(store, clock, facilities, lots, ledger, balances, dailyUse, productId -> catalog.product(productId)
                .map(Product::expiryWarningDaysOrDefault).orElse(Product.DEFAULT_EXPIRY_WARNING_DAYS));
    }

    public RecordMovement recordMovement() {
        return recordMovement;
    }

    /** Today in the programme's time zone (the injected clock's), never the host's: the default day of a movement. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public StockQueries queries() {
        return queries;
    }

    /** Rebuilds every balance from the stock ledger. */
    public Projection.Rebuilt rebuildBalances() {
        return Projection.rebuild(store, balances);
    }

    /** Rebuilds the use per facility, lot and day from the stock ledger. */
    public Projection.Rebuilt rebuildDailyUse() {
        return Projection.rebuild(store, dailyUse);
    }

    public Routes routes() {
        return new StockRoutes(recordMovement, queries);
    }
}
