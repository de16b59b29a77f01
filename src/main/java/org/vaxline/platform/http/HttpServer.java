package org.vaxline.platform.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.text.SafeText;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP plumbing every feature shares: JSON, problem answers, and bearer-token authentication
 * of everything under {@code /api/v1} except the open paths.
 */
public final class HttpServer {
    public static final String API = "/api/v1";
    /** The FHIR R4 facade: the same bearer tokens, its errors answered as OperationOutcome resources. */
    public static final String FHIR = "/fhir";
    /** The one FHIR path open without a token: the CapabilityStatement, which a client reads before it logs in. */
    public static final String FHIR_METADATA = FHIR + "/metadata";
    private static final String PROBLEM_ANSWERED = "vaxline.problem";
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final Javalin javalin;

    private HttpServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * @param openPaths   paths under the API that need no token (health, the OpenAPI document)
     * @param staticSetup extra configuration of static files (the web pages)
     */
    public static HttpServer create(Authenticator authenticator, Set<String> openPaths, List<Routes> features,
                                    java.util.function.Consumer<io.javalin.config.JavalinConfig> staticSetup) {
        return create(authenticator, openPaths, features, staticSetup, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    /** @param metrics where request latencies and refusals are counted */
    public static HttpServer create(Authenticator authenticator, Set<String> openPaths, List<Routes> features,
                                    java.util.function.Consumer<io.javalin.config.JavalinConfig> staticSetup,
                                    io.micrometer.core.instrument.MeterRegistry metrics) {
        RequestTelemetry telemetry = new RequestTelemetry(metrics);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.defaultContentType = "application/json";
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = RequestGuards.MAX_BODY_BYTES;
            // Errors the web server answers before any route (a URI too long, an ambiguous path) are problems too.
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler()));
            // a request id for every request, in the answer and in every log line written while it runs
            config.jetty.modifyServletContextHandler(context -> context.addFilter(new org.eclipse.jetty.ee10.servlet.FilterHolder(new RequestIds()), "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            config.requestLogger.http(telemetry::completed);
            staticSetup.accept(config);
            config.routes.before(ctx -> SecurityHeaders.forPath(ctx.path()).forEach(ctx::header));
            config.routes.before(API + "/*", ctx -> {
                authenticate(ctx, authenticator, openPaths);
                RequestGuards.check(ctx);
            });
            for (String fhirPaths : List.of(FHIR, FHIR + "/*")) {
                config.routes.before(fhirPaths, ctx -> {
                    if (!ctx.path().equals(FHIR_METADATA)) {
                        authenticate(ctx, authenticator, Set.of());
                    }
                    RequestGuards.check(ctx);
                });
            }
            config.routes.exception(VaxlineException.class, (e, ctx) -> problem(ctx, e));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromJavalin(e, ctx)));
            config.routes.exception(Exception.class, (e, ctx) -> {
                // the route's template, not the path: a path can hold a person's id
                LOG.error("unexpected failure on {} {}", ctx.method(), RequestTelemetry.route(ctx), e);
                if (ctx.path().startsWith(FHIR + "/")) {
                    ctx.status(500).contentType(OperationOutcomes.CONTENT_TYPE).result(json(OperationOutcomes.internal()));
                    return;
                }
                ctx.status(500).contentType(Problems.CONTENT_TYPE).result(json(Problems.internal(ctx.path())));
            });
            // Only a status no handler answered gets these answers; a problem a handler raised keeps its own words.
            config.routes.error(404, ctx -> {
                if (ctx.attribute(PROBLEM_ANSWERED) == null) {
                    problem(ctx, new VaxlineException(PlatformError.NOT_FOUND, "nothing at " + ctx.method() + " " + shownPath(ctx)));
                }
            });
            config.routes.error(405, ctx -> {
                if (ctx.attribute(PROBLEM_ANSWERED) == null) {
                    problem(ctx, new VaxlineException(PlatformError.METHOD_NOT_ALLOWED,
                            "method " + ctx.method() + " is not allowed on " + shownPath(ctx)));
                }
            });
            features.forEach(feature -> feature.register(config.routes));
        });
        return new HttpServer(javalin);
    }

    private static void authenticate(Context ctx, Authenticator authenticator, Set<String> openPaths) {
        if (openPaths.contains(ctx.path()) || "OPTIONS".equals(ctx.method().name())) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new VaxlineException(PlatformError.UNAUTHENTICATED,
                    "this endpoint needs an Authorization: Bearer <token> header (./vaxline users token USER prints one)");
        }
        var actor = authenticator.authenticate(header.substring(7).trim())
                .orElseThrow(() -> {
                    ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                    return new VaxlineException(PlatformError.UNAUTHENTICATED, "the bearer token is unknown or revoked");
                });
        ctx.attribute(Requests.ACTOR, actor);
    }

    private static VaxlineException fromJavalin(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> new VaxlineException(PlatformError.NOT_FOUND, "nothing at " + ctx.method() + " " + shownPath(ctx));
            case 401 -> new VaxlineException(PlatformError.UNAUTHENTICATED, e.getMessage());
            case 403 -> new VaxlineException(PlatformError.FORBIDDEN, e.getMessage());
            case 405 -> {
                // Javalin names the methods the path has; the Allow header must list them (RFC 9110).
                String allowed = String.join(", ", e.getDetails().values());
                ctx.header("Allow", allowed);
                yield new VaxlineException(PlatformError.METHOD_NOT_ALLOWED,
                        "method " + ctx.method() + " is not allowed on " + shownPath(ctx) + "; allowed: " + allowed);
            }
            case 413 -> RequestGuards.tooLarge();
            default -> new VaxlineException(PlatformError.MALFORMED_REQUEST, e.getMessage());
        };
    }

    /** The request's path as a problem may repeat it: no control characters, not endlessly long. */
    private static String shownPath(Context ctx) {
        String path = SafeText.escapeControls(ctx.path());
        return path.length() > 200 ? path.substring(0, 200) + "…" : path;
    }

    private static void problem(Context ctx, VaxlineException e) {
        ctx.attribute(PROBLEM_ANSWERED, Boolean.TRUE);
        ctx.attribute(RequestTelemetry.REFUSAL_CODE, e.code().name()); // counted as a refusal by its code (/metrics)
        if (ctx.path().equals(FHIR) || ctx.path().startsWith(FHIR + "/")) {
            ctx.status(Problems.status(e.code().kind())).contentType(OperationOutcomes.CONTENT_TYPE)
                    .result(json(OperationOutcomes.of(e)));
            return;
        }
        Map<String, Object> body = Problems.body(e, ctx.path());
        // the title and the detail follow Accept-Language (vi, en, es); field reasons in "errors" stay English
        String language = ProblemTitles.language(ctx.header("Accept-Language"));
        body.put("title", ProblemTitles.title(e.code(), language));
        body.put("detail", ProblemDetails.detail(e, language));
        ctx.header("Content-Language", language == null ? "en" : language);
        ctx.header("Vary", "Accept-Language");
        ctx.status((Integer) body.get("status")).contentType(Problems.CONTENT_TYPE).result(json(body));
    }

    static String json(Object body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpServer start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }
}
