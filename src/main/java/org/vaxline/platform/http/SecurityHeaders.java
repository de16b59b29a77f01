package org.vaxline.platform.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every answer carries. API answers hold personal data: no cache keeps them. Pages (the start page with
 * Swagger UI, static files) load scripts and styles only from this server and cannot be framed by another site.
 */
final class SecurityHeaders {
    /**
     * Scripts only from files of this server (no inline script); inline styles are allowed because Swagger UI sets
     * style attributes; images may be data: URIs (Swagger UI's icons).
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** An error page of the server itself has nothing to load. */
    static final String ERROR_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static Map<String, String> forPath(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        if (path.equals(HttpServer.API) || path.startsWith(HttpServer.API + "/") || path.equals(HttpServer.FHIR)
                || path.startsWith(HttpServer.FHIR + "/")) {
            headers.put("Cache-Control", "no-store");
        } else {
            headers.put("Content-Security-Policy", PAGE_POLICY);
            headers.put("X-Frame-Options", "DENY");
            headers.put("Referrer-Policy", "no-referrer");
        }
        return headers;
    }

    /** For answers the web server gives before any route is found (a malformed request line, a URI too long). */
    static Map<String, String> forError() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "no-store");
        headers.put("Content-Security-Policy", ERROR_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        return headers;
    }
}
