package org.vaxline.platform.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

/**
 * {@code GET /metrics} in the Prometheus text format. The figures say how busy the programme is and which errors
 * happen, so they are not for everyone: with a metrics token configured a scraper must send it as a bearer token;
 * without one only a client on this machine (loopback) is answered.
 */
public final class MetricsRoutes implements Routes {
    public static final String PATH = "/metrics";
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Supplier<String> scrape;
    private final String token;

    /** @param token the bearer token a scraper must send; null to answer loopback clients only */
    public MetricsRoutes(Supplier<String> scrape, String token) {
        this.scrape = scrape;
        this.token = token == null || token.isBlank() ? null : token.strip();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> {
            allow(ctx);
            ctx.header("Cache-Control", "no-store");
            ctx.contentType(CONTENT_TYPE).result(scrape.get());
        });
    }

    private void allow(Context ctx) {
        if (token == null) {
            if (!loopback(ctx.req().getRemoteAddr())) {
                throw new VaxlineException(PlatformError.FORBIDDEN,
                        "/metrics answers only this machine unless a metrics token is configured (VAXLINE_METRICS_TOKEN_FILE)");
            }
            return;
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new VaxlineException(PlatformError.UNAUTHENTICATED, "/metrics needs the metrics token as Authorization: Bearer <token>");
        }
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
