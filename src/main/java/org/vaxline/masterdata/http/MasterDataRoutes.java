package org.vaxline.masterdata.http;

import io.javalin.config.RoutesConfig;
import org.vaxline.masterdata.application.MasterData;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;

/** {@code GET /api/v1/master} exports for any authenticated actor; {@code POST} imports, national admins only. */
public final class MasterDataRoutes implements Routes {
    private final MasterData masterData;

    public MasterDataRoutes(MasterData masterData) {
        this.masterData = masterData;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HttpServer.API + "/master", ctx -> ctx.json(masterData.export()));
        routes.post(HttpServer.API + "/master", ctx -> ctx.json(masterData.importJson(Requests.actor(ctx), ctx.body())));
    }
}
