package org.vaxline.platform.http;

import io.javalin.config.RoutesConfig;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.vaxline.platform.http.HttpServer.API;

/**
 * The open endpoints: health (does the store answer?) and the OpenAPI document; and for orchestrators and load
 * balancers {@code /health/live} (the process answers) and {@code /health/ready} (the store answers and its schema is
 * this program's: 503 otherwise).
 */
public final class SystemRoutes implements Routes {
    public static final String HEALTH = API + "/health";
    public static final String OPENAPI = API + "/openapi.json";
    public static final Set<String> OPEN_PATHS = Set.of(HEALTH, OPENAPI);
    public static final String LIVE = "/health/live";
    public static final String READY = "/health/ready";

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

    /** "up" when the check holds, "down" when it does not or fails (the failure's words may name data: not repeated). */
    private static String check(java.util.function.BooleanSupplier check) {
        try {
            return check.getAsBoolean() ? "up" : "down";
        } catch (RuntimeException e) {
            return "down";
        }
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
        routes.get(LIVE, ctx -> ctx.header("Cache-Control", "no-store").json(Map.of("status", "up")));
        routes.get(READY, ctx -> {
            Map<String, Object> ready = new LinkedHashMap<>();
            String reachable = check(() -> store.read(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1);
            ready.put("store", reachable);
            ready.put("schema", "up".equals(reachable) ? check(store::schemaStillCurrent) : "unknown");
            boolean up = "up".equals(ready.get("store")) && "up".equals(ready.get("schema"));
            ready.put("status", up ? "up" : "down");
            ready.put("version", version);
            ctx.header("Cache-Control", "no-store").status(up ? 200 : 503).json(ready);
        });
    }
}
