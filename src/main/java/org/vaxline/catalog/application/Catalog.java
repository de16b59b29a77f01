package org.vaxline.catalog.application;

import org.vaxline.catalog.domain.Commodity;
import org.vaxline.catalog.domain.Product;
import org.vaxline.catalog.store.CommodityStore;
import org.vaxline.catalog.store.ProductStore;
import org.vaxline.platform.store.Store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads products and commodities; they are written only by the master data import, except external products, which
 * a record naming an unknown vaccine code creates.
 */
public final class Catalog {
    private final Store store;
    private final ProductStore products;
    private final CommodityStore commodities;
    private final org.vaxline.catalog.store.ExternalProductStore externals = new org.vaxline.catalog.store.ExternalProductStore();

    public Catalog(Store store, ProductStore products, CommodityStore commodities) {
        this.store = store;
        this.products = products;
        this.commodities = commodities;
    }

    /** A catalog product, or an external product (one a record named that the catalog lacks). */
    public Optional<Product> product(UUID id) {
        return store.read(h -> products.find(h, id).or(() -> externals.find(h, id)));
    }

    /** A catalog product by its code, or an external product by its code (e.g. CVX-140). */
    public Optional<Product> productByCode(String code) {
        return store.read(h -> products.byCode(h, code).or(() -> externals.byCode(h, code)));
    }

    public Optional<Commodity> commodity(UUID id) {
        return store.read(h -> commodities.find(h, id));
    }

    public Optional<Commodity> commodityByCode(String code) {
        return store.read(h -> commodities.byCode(h, code));
    }

    /** Products in code order after {@code afterCode} (null: from the start), at most {@code limit}. */
    public List<Product> products(String afterCode, int limit) {
        return store.read(h -> products.page(h, afterCode, limit));
    }

    /**
     * What the product listing shows: the catalog's products and the external ones (vaccine codes records named that
     * the catalog lacks), in code order after {@code afterCode}, merged so one cursor pages both; at most {@code limit}.
     */
    public List<Product> listed(String afterCode, int limit) {
        return store.read(h -> {
            List<Product> merged = new java.util.ArrayList<>(products.page(h, afterCode, limit));
            merged.addAll(externals.page(h, afterCode, limit));
            merged.sort(java.util.Comparator.comparing(Product::code));
            return merged.subList(0, Math.min(limit, merged.size()));
        });
    }

    public List<Commodity> commodities(String afterCode, int limit) {
        return store.read(h -> commodities.page(h, afterCode, limit));
    }
}
