package org.vaxline.platform.http;

import io.javalin.config.RoutesConfig;

/** A feature's HTTP endpoints; the composition root hands each one the router. */
@FunctionalInterface
public interface Routes {
    void register(RoutesConfig routes);
}
