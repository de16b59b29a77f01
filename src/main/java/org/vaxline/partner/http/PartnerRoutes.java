package org.vaxline.partner.http;

import io.javalin.config.RoutesConfig;
import org.vaxline.partner.application.Partners;
import org.vaxline.partner.domain.Partner;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;

/** {@code GET /api/v1/partners}: read by any authenticated actor. */
public final class PartnerRoutes implements Routes {
    private final Partners partners;

    public PartnerRoutes(Partners partners) {
        this.partners = partners;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HttpServer.API + "/partners", ctx -> {
            int limit = Requests.limit(ctx);
            ctx.json(Page.of(partners.list(ctx.queryParam("cursor"), limit + 1), limit, Partner::code));
        });
    }
}
