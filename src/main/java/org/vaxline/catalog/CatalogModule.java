package org.vaxline.catalog;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.cli.ProductsCommand;
import org.vaxline.catalog.http.CatalogRoutes;
import org.vaxline.catalog.store.CommodityStore;
import org.vaxline.catalog.store.ProductStore;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.store.Store;
import picocli.CommandLine;

import java.util.function.Supplier;

/** Wires the catalogue (products and commodities) on one store. */
public final class CatalogModule {
    private final ProductStore productStore = new ProductStore();
    private final CommodityStore commodityStore = new CommodityStore();
    private final Catalog catalog;

    private final Store store;

    public CatalogModule(Store store) {
        this.store = store;
        this.catalog = new Catalog(store, productStore, commodityStore);
    }

    /** External products (named by a record, lacking in the catalog), created with the programme's clock. */
    public org.vaxline.catalog.application.ExternalProducts externalProducts(java.time.Clock clock) {
        return new org.vaxline.catalog.application.ExternalProducts(store, clock, new org.vaxline.catalog.store.ExternalProductStore());
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The SQL, for the master data import that writes in its own transaction. */
    public ProductStore productStore() {
        return productStore;
    }

    public CommodityStore commodityStore() {
        return commodityStore;
    }

    public Routes routes() {
        return new CatalogRoutes(catalog);
    }

    /** {@code products list}; the supplier lets the composition root open the store only when the command runs. */
    public static CommandLine command(Supplier<Catalog> catalog) {
        return ProductsCommand.commandLine(catalog);
    }
}
