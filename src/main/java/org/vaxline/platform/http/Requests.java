package org.vaxline.platform.http;

import io.javalin.http.Context;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.time.SaneDates;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Reads what a request carries, answering 400 with the name of the part that cannot be read. */
public final class Requests {
    static final String ACTOR = "vaxline.actor";
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private Requests() {
    }

    public static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw new VaxlineException(PlatformError.UNAUTHENTICATED, "a bearer token is required");
        }
        return actor;
    }

    public static <T> T body(Context ctx, Class<T> type) {
        return Json.parse(ctx.body(), type);
    }

    public static UUID pathId(Context ctx, String name) {
        return uuid(ctx.pathParam(name), name);
    }

    public static UUID uuid(String text, String name) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, name + ": '" + text + "' is not a UUID",
                    Map.of(name, "not a UUID"), Map.of());
        }
    }

    public static LocalDate queryDate(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return SaneDates.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, name + ": '" + text.trim() + "' " + e.getMessage(),
                    Map.of(name, e.getMessage()), Map.of());
        }
    }

    /** The page size asked for with {@code limit}, 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent. */
    public static int limit(Context ctx) {
        String text = ctx.queryParam("limit");
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "limit: must be a whole number from 1 to " + MAX_LIMIT,
                Map.of("limit", "must be a whole number from 1 to " + MAX_LIMIT), Map.of());
    }

    /** The {@code cursor} of a list: the id of the last item of the previous page, or null for the first page. */
    public static UUID cursor(Context ctx) {
        return queryId(ctx, "cursor");
    }

    /** An id given as a query parameter (a filter), or null when it is absent or blank; 400 when it is not a UUID. */
    public static UUID queryId(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() ? null : uuid(text.trim(), name);
    }

    /** {@code name=true|false}, or null when absent or blank; 400 for anything else. */
    public static Boolean queryBoolean(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw new VaxlineException(PlatformError.MALFORMED_REQUEST, name + ": must be true or false",
                Map.of(name, "must be true or false"), Map.of());
    }

    /**
     * The client-chosen id of a create: the body's id, else the Idempotency-Key header, else null (the server picks).
     * Both given and different is refused (400), since either choice would book under an id the client did not mean.
     */
    public static UUID clientId(Context ctx, UUID bodyId) {
        String key = ctx.header("Idempotency-Key");
        UUID headerId = key == null || key.isBlank() ? null : uuid(key.trim(), "Idempotency-Key");
        if (bodyId != null && headerId != null && !bodyId.equals(headerId)) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "Idempotency-Key: " + headerId
                    + " differs from the body's id " + bodyId + "; give one id, or the same in both",
                    Map.of("Idempotency-Key", "differs from the body's id", "id", "differs from the Idempotency-Key header"), Map.of());
        }
        return bodyId != null ? bodyId : headerId;
    }

    /** Answers a create: 201 when it made something, 200 when a retry found it already made. */
    public static void created(Context ctx, boolean isNew, String location, Object body) {
        ctx.status(isNew ? 201 : 200);
        ctx.header("Location", location);
        ctx.json(body);
    }
}
