package org.vaxline.web;

import io.javalin.http.Context;
import org.vaxline.access.application.WebSession;

import java.util.HashMap;
import java.util.Map;

/** What every page shares: who is signed in, the language, the CSRF token, and the answer's headers. */
final class WebPages {
    private final WebTemplates templates;

    WebPages(WebTemplates templates) {
        this.templates = templates;
    }

    void render(Context ctx, int status, String template, String language, WebSession session, String csrf,
                Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("session", session);
        all.put("user", session == null ? null : session.actor());
        all.put("nav", WebNavigation.of(session == null ? null : session.actor()));
        all.put("csrf", csrf);
        all.put("path", ctx.path());
        all.put("languages", WebLanguage.ALL);
        // pages show programme data: no cache keeps them
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render(template, language, all));
    }
}
