package org.vaxline.coverage.http;

import io.javalin.config.RoutesConfig;
import org.vaxline.coverage.application.CoverageQueries;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;

import static org.vaxline.platform.http.HttpServer.API;

/** Coverage over HTTP: {@code GET /api/v1/coverage?by=province|commune|group|age|day}. */
public final class CoverageRoutes implements Routes {
    private final CoverageQueries queries;

    public CoverageRoutes(CoverageQueries queries) {
        this.queries = queries;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/coverage", ctx -> ctx.json(queries.report(ctx.queryParam("by"), ctx.queryParam("series"),
                ctx.queryParam("province"), Requests.queryDate(ctx, "from"), Requests.queryDate(ctx, "to"))));
    }
}
