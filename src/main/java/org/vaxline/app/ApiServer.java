package org.vaxline.app;

import io.javalin.http.staticfiles.Location;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.http.MetricsRoutes;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.http.SystemRoutes;

import java.util.ArrayList;
import java.util.List;

/** Serves the API, the OpenAPI document and the start page (with Swagger UI) of one composed vaxline, and its /metrics. */
public final class ApiServer {
    private ApiServer() {
    }

    /** /metrics answers loopback clients only. */
    public static HttpServer start(Vaxline vaxline, String host, int port) {
        return start(vaxline, host, port, null);
    }

    /** @param metricsToken the bearer token /metrics asks for; null to answer loopback clients only */
    public static HttpServer start(Vaxline vaxline, String host, int port, String metricsToken) {
        List<Routes> routes = new ArrayList<>(vaxline.routes());
        routes.add(new MetricsRoutes(vaxline.metrics()::scrape, metricsToken));
        HttpServer server = HttpServer.create(vaxline.authenticator(), SystemRoutes.OPEN_PATHS, routes, config -> {
            config.staticFiles.enableWebjars();
            config.staticFiles.add("/web", Location.CLASSPATH);
        }, vaxline.metrics());
        return server.start(host, port);
    }
}
