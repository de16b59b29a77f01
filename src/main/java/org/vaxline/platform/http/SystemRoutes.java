package org.vaxline.platform.http;

import io.javalin.config.RoutesConfig;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.vaxline.platform.http.HttpServer.API;

/** The open endpoints: health (does the store answer?) and the OpenAPI document. */
public final class SystemRoutes implements Routes {
    public static final String HEALTH = API + "/health";
    public static final String OPENAPI = API + "/openapi.json";
    public static final Set<String> OPEN_PATHS = Set.of(HEALTH, OPENAPI);

    private final Store store;
    private final Clock clock;
    private final String version;
    private final byte[] openApi;

    /** @param openApi the composed OpenAPI document, served as it is */
    public SystemRoutes(Store store, Clock clock, String version, byte[] openApi) {
        this.store = store;
        this.clock = clock;
        this.version = version;
        this.openApi = openApi.clone();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HEALTH, ctx -> {
            Integer one = store.read(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            Map<String, Object> health = new LinkedHashMap<>();
            health.put("status", one == 1 ? "ok" : "failing");
            health.put("store", store.dialect().name().toLowerCase());
            health.put("version", version);
            health.put("time", clock.instant());
            ctx.json(health);
        });
        routes.get(OPENAPI, ctx -> ctx.contentType("application/json").result(openApi));
    }
}
