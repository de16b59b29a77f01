package org.vaxline.platform.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a finished request leaves behind: one access-log line and the latency histogram, both by the route's template
 * ({@code /api/v1/persons/{id}}), never the raw path or query, which can hold names and ID numbers; and the refusals
 * answered, by their error code.
 */
final class RequestTelemetry {
    /** Set by the problem answer: the error code a request was refused with. */
    static final String REFUSAL_CODE = "vaxline.refusalCode";
    static final String ACCESS_LOGGER = "vaxline.access";
    private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);
    /** Latency buckets in seconds, from a cached read to a slow bulk export: a fixed, small set per route and status. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry metrics;
    /**
     * The timer of each route, method and status, found once: building and registering it per request (its tags
     * sorted, its id hashed) was a tenth of the web server's CPU per dose (issue 13).
     */
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private record TimerKey(String method, String route, int status) {
    }

    RequestTelemetry(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void completed(Context ctx, float milliseconds) {
        String route = route(ctx);
        String method = ctx.method().name();
        int statusCode = ctx.statusCode();
        String status = Integer.toString(statusCode);
        timers.computeIfAbsent(new TimerKey(method, route, statusCode), key -> Timer.builder("http.server.requests")
                        .description("HTTP requests answered, by route template and status")
                        .tags("method", method, "route", route, "status", status, "outcome", outcome(statusCode))
                        .serviceLevelObjectives(BUCKETS)
                        .register(metrics))
                .record(Duration.ofNanos((long) (milliseconds * 1_000_000)));
        String code = ctx.attribute(REFUSAL_CODE);
        if (code == null && ctx.statusCode() >= 500) {
            code = "INTERNAL";
        }
        if (code != null) {
            Counter.builder("vaxline.refusals").description("Requests refused, by error code")
                    .tags("code", code, "status", status).register(metrics).increment();
        }
        String requestId = ctx.attribute(RequestIds.ATTRIBUTE);
        boolean restore = MDC.get(RequestIds.MDC_KEY) == null && requestId != null;
        if (restore) {
            MDC.put(RequestIds.MDC_KEY, requestId);
        }
        MDC.put("http.method", method);
        MDC.put("http.route", route);
        MDC.put("http.status", status);
        String duration = tenths(milliseconds);
        MDC.put("duration.ms", duration);
        try {
            ACCESS.info("{} {} {} {} ms", method, route, status, duration);
        } finally {
            MDC.remove("http.method");
            MDC.remove("http.route");
            MDC.remove("http.status");
            MDC.remove("duration.ms");
            if (restore) {
                MDC.remove(RequestIds.MDC_KEY);
            }
        }
    }

    /** The matched route's template; a path no route matched is named only by what answered it. */
    static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        // refused before routing (no token, a bad header): the filter that refused it, e.g. /api/v1/*
        java.util.List<Endpoint> passed = ctx.endpoints().list();
        if (!passed.isEmpty() && ctx.statusCode() >= 400 && !"*".equals(passed.get(passed.size() - 1).path)) {
            return passed.get(passed.size() - 1).path;
        }
        return ctx.statusCode() == 404 || ctx.statusCode() == 405 ? "unmatched" : "static";
    }

    /** The milliseconds to one decimal, as {@code %.1f} writes them, without a Formatter per request. */
    static String tenths(float milliseconds) {
        long tenths = Math.round(milliseconds * 10.0);
        String sign = tenths < 0 ? "-" : "";
        long magnitude = Math.abs(tenths);
        return sign + magnitude / 10 + "." + magnitude % 10;
    }

    private static String outcome(int status) {
        return status < 400 ? "SUCCESS" : status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}
