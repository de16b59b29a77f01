package org.vaxline.catalog.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Commodity;
import org.vaxline.catalog.domain.Product;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.json.Json;

import java.util.UUID;

/** Products and commodities, read by any authenticated actor. */
public final class CatalogRoutes implements Routes {
    private final Catalog catalog;

    public CatalogRoutes(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A product as JSON, with {@code external}: whether a record created it, the catalog lacking its code. */
    private static ObjectNode marked(Product p) {
        ObjectNode node = Json.mapper().valueToTree(p);
        node.put("external", p.outsideCatalog());
        return node;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HttpServer.API + "/products", ctx -> {
            int limit = Requests.limit(ctx);
            Page<Product> page = Page.of(catalog.listed(ctx.queryParam("cursor"), limit + 1), limit, Product::code);
            ctx.json(new Page<>(page.items().stream().map(CatalogRoutes::marked).toList(), page.next()));
        });
        routes.get(HttpServer.API + "/products/{id}", ctx -> {
            UUID id = Requests.pathId(ctx, "id");
            ctx.json(marked(catalog.product(id).orElseThrow(() -> VaxlineException.notFound("product", id))));
        });
        routes.get(HttpServer.API + "/commodities", ctx -> {
            int limit = Requests.limit(ctx);
            ctx.json(Page.of(catalog.commodities(ctx.queryParam("cursor"), limit + 1), limit, Commodity::code));
        });
    }
}
