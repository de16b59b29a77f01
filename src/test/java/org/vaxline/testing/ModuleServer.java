package org.vaxline.testing;

import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One feature's routes served in-process on a free loopback port, with fixed bearer tokens for its test actors, and a
 * client that checks every answer against the OpenAPI document.
 */
public final class ModuleServer implements AutoCloseable {
    private final HttpServer server;
    private final ContractClient client;

    private ModuleServer(HttpServer server) {
        this.server = server;
        this.client = new ContractClient("http://127.0.0.1:" + server.port());
    }

    public static ModuleServer start(Map<String, Actor> tokens, Routes... routes) {
        return new ModuleServer(HttpServer.create(token -> Optional.ofNullable(tokens.get(token)), Set.of(), List.of(routes),
                cfg -> {
                }).start("127.0.0.1", 0));
    }

    public ContractClient client() {
        return client;
    }

    @Override
    public void close() {
        server.stop();
    }
}
