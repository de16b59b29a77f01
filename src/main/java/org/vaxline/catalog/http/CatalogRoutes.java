package org.vaxline.catalog.http;

import io.javalin.config.RoutesConfig;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Commodity;
import org.vaxline.catalog.domain.Product;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;

import java.util.UUID;

/** Products and commodities, read by any authenticated actor. */
public final class CatalogRoutes implements Routes {
    private final Catalog catalog;

    public CatalogRoutes(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HttpServer.API + "/products", ctx -> {
            int limit = Requests.limit(ctx);
            ctx.json(Page.of(catalog.products(ctx.queryParam("cursor"), limit + 1), limit, Product::code));
        });
        routes.get(HttpServer.API + "/products/{id}", ctx -> {
            UUID id = Requests.pathId(ctx, "id");
            ctx.json(catalog.product(id).orElseThrow(() -> VaxlineException.notFound("product", id)));
        });
        routes.get(HttpServer.API + "/commodities", ctx -> {
            int limit = Requests.limit(ctx);
            ctx.json(Page.of(catalog.commodities(ctx.queryParam("cursor"), limit + 1), limit, Commodity::code));
        });
    }
}
