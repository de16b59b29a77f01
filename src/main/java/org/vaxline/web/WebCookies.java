package org.vaxline.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.vaxline.platform.id.Digests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The web application's cookies and CSRF tokens. The session cookie is HttpOnly (no script reads it), SameSite=Strict
 * (no other site's page sends it) and Secure when the request came over HTTPS. Every form carries a CSRF token: once
 * signed in, a hash of the session's secret (which only the cookie holds); before, a random value that a second
 * HttpOnly cookie must repeat (double submit).
 */
final class WebCookies {
    static final String SESSION = "vaxline_session";
    static final String SIGN_IN = "vaxline_signin";
    static final String LANGUAGE = "vaxline_lang";
    static final String CSRF_FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebCookies() {
    }

    static void set(Context ctx, String name, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(name, value, "/", maxAgeSeconds, false, true, null, SameSite.STRICT);
        cookie.setPath("/");
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(secure(ctx));
        ctx.cookie(cookie);
    }

    static void clear(Context ctx, String name) {
        set(ctx, name, "", 0);
    }

    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The CSRF token of a session: derived from its secret, so nothing more is stored. */
    static String csrfOf(String sessionSecret) {
        byte[] digest = Digests.sha256(("vaxline csrf\u0000" + sessionSecret).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    static boolean same(String expected, String given) {
        return expected != null && given != null && !expected.isEmpty()
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
