package org.vaxline.access.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.access.application.AccessService;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;

import java.util.List;

/** {@code GET /api/v1/me} for everyone with a token; {@code GET /api/v1/users} for national admins. */
public final class AccessRoutes implements Routes {
    public static final String ME = HttpServer.API + "/me";
    public static final String USERS = HttpServer.API + "/users";

    private final AccessService service;

    public AccessRoutes(AccessService service) {
        this.service = service;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ME, ctx -> ctx.json(MeView.of(Requests.actor(ctx))));
        routes.get(USERS, this::listUsers);
    }

    private void listUsers(Context ctx) {
        int limit = Requests.limit(ctx);
        String after = ctx.queryParam("cursor");
        // one row more than asked tells whether a next page exists
        List<UserView> fetched = service.listUsers(Requests.actor(ctx), after == null || after.isBlank() ? null : after, limit + 1)
                .stream().map(UserView::of).toList();
        ctx.json(Page.of(fetched, limit, UserView::username));
    }
}
