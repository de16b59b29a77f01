package org.vaxline.platform.http;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;
import org.vaxline.platform.error.VaxlineException;

import java.util.LinkedHashMap;
import java.util.Map;

/** Maps every error, once, to an RFC 9457 problem document. */
public final class Problems {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://vaxline.org/problems/";

    private Problems() {
    }

    public static int status(ErrorKind kind) {
        return switch (kind) {
            case MALFORMED -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RULE -> 422;
            case METHOD_NOT_ALLOWED -> 405;
            case TOO_LARGE -> 413;
            case URI_TOO_LONG -> 414;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
        };
    }

    public static Map<String, Object> body(VaxlineException e, String instance) {
        Map<String, Object> problem = of(e.code(), e.getMessage(), instance);
        if (!e.fieldErrors().isEmpty()) {
            problem.put("errors", e.fieldErrors());
        }
        e.details().forEach(problem::putIfAbsent);
        return problem;
    }

    /** A problem without field errors; {@code instance} may be null when the request's path is not fit to repeat. */
    public static Map<String, Object> of(ErrorCode code, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + code.name().toLowerCase().replace('_', '-'));
        problem.put("title", code.title());
        problem.put("status", status(code.kind()));
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.put("code", code.name());
        return problem;
    }

    public static Map<String, Object> internal(String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + "internal");
        problem.put("title", "Internal error");
        problem.put("status", 500);
        problem.put("detail", "The server failed to answer; nothing was written. The error is in the server log.");
        problem.put("instance", instance);
        problem.put("code", "INTERNAL");
        return problem;
    }
}
