package org.vaxline.app;

import io.javalin.http.staticfiles.Location;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.http.SystemRoutes;

/** Serves the API, the OpenAPI document and the start page (with Swagger UI) of one composed vaxline. */
public final class ApiServer {
    private ApiServer() {
    }

    public static HttpServer start(Vaxline vaxline, String host, int port) {
        HttpServer server = HttpServer.create(vaxline.authenticator(), SystemRoutes.OPEN_PATHS, vaxline.routes(), config -> {
            config.staticFiles.enableWebjars();
            config.staticFiles.add("/web", Location.CLASSPATH);
        });
        return server.start(host, port);
    }
}
