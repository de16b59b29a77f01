package org.vaxline.web;

import io.javalin.http.Context;
import org.vaxline.access.application.AccessService;
import org.vaxline.access.application.WebSession;

import java.util.Map;
import java.util.Optional;

/**
 * The web application's sign-in, as other web features (the site workspace) use it: the session of a request's cookie,
 * the CSRF token that scripts send back in a header, and pages rendered in the layout and language of the session.
 */
public final class WebGate {
    /** The header a page's script sends its CSRF token in (forms send it as a field). */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private final AccessService access;
    private final WebPages pages;

    WebGate(AccessService access, WebTemplates templates) {
        this.access = access;
        this.pages = new WebPages(templates);
    }

    /** A signed-in request: its session and the CSRF token derived from the session's secret. */
    public record SignedIn(WebSession session, String csrf) {
        public String language() {
            return session.language();
        }
    }

    public Optional<SignedIn> signedIn(Context ctx) {
        String secret = ctx.cookie(WebCookies.SESSION);
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        return access.web().session(secret).map(s -> new SignedIn(s, WebCookies.csrfOf(secret)));
    }

    /** Whether a script's write carries the session's CSRF token in {@link #CSRF_HEADER}. */
    public boolean csrfHeaderOk(Context ctx, SignedIn signedIn) {
        return WebCookies.same(signedIn.csrf(), ctx.header(CSRF_HEADER));
    }

    public void render(Context ctx, int status, String template, SignedIn signedIn, Map<String, Object> variables) {
        pages.render(ctx, status, template, signedIn.language(), signedIn.session(), signedIn.csrf(), variables);
    }

    /** One text of the web bundle in a language. */
    public static String message(String language, String key, Object... parameters) {
        return WebTemplates.message(language, key, parameters);
    }

    /** Every text of the bundle whose key starts with {@code prefix}, in a language: what a page's script shows. */
    public static Map<String, String> messages(String language, String prefix) {
        java.util.ResourceBundle bundle = WebTemplates.bundle(language);
        Map<String, String> texts = new java.util.TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }
}
