package org.vaxline.app;

import org.vaxline.app.demo.DemoScenario;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.Map;

/** The whole application as a user runs it: the demo loaded into a real store, served on a free loopback port. */
final class RunningApp implements AutoCloseable {
    final Vaxline vaxline;
    final HttpServer server;
    final Map<String, String> tokens;

    RunningApp(Store store) {
        this.vaxline = new Vaxline(store, Clock.systemUTC());
        DemoScenario demo = new DemoScenario(vaxline);
        demo.loadOnce();
        this.tokens = demo.freshTokens();
        this.server = ApiServer.start(vaxline, "127.0.0.1", 0);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.stop();
        vaxline.close();
    }
}
