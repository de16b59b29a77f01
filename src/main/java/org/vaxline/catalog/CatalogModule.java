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

    public CatalogModule(Store store) {
        this.catalog = new Catalog(store, productStore, commodityStore);
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
