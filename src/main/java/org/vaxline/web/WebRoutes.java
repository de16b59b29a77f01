package org.vaxline.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaxline.access.application.AccessService;
import org.vaxline.access.application.SignInResult;
import org.vaxline.access.application.WebSession;
import org.vaxline.access.application.WebSignIn;
import org.vaxline.coverage.application.CoverageQueries;
import org.vaxline.coverage.application.CoverageReport;
import org.vaxline.coverage.application.CoverageTargets;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Province;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.application.StockQueries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The web application for the programme's managers: sign-in at {@code /}, the national overview, a province's page,
 * and the developers' console (Swagger UI) at {@code /developers}. Pages read through the modules' application
 * queries, the same ones the API answers from.
 */
public final class WebRoutes implements Routes {
    public static final String SIGN_IN = "/";
    public static final String OVERVIEW = "/overview";
    public static final String PROVINCES = "/provinces/";
    public static final String DEVELOPERS = "/developers";
    public static final String STOCK = "/stock";
    public static final String LOTS = "/lots/";
    public static final String SAFETY = "/safety";
    public static final String COVERAGE = "/coverage";
    private static final Logger LOG = LoggerFactory.getLogger(WebRoutes.class);
    private static final String SESSION_ATTRIBUTE = "vaxline.web.session";
    private static final String SECRET_ATTRIBUTE = "vaxline.web.secret";

    private final AccessService access;
    private final Overview overview;
    private final StockPages stockPages;
    private final SafetyView safety;
    private final CoverageView coverageView;
    private final CoverageTargets targets;
    private final StockQueries stock;
    private final CoverageQueries coverage;
    private final Facilities facilities;
    private final WebPages pages;

    WebRoutes(AccessService access, Overview overview, StockPages stockPages, SafetyView safety, CoverageView coverageView,
              CoverageTargets targets, StockQueries stock, CoverageQueries coverage, Facilities facilities, WebTemplates templates) {
        this.safety = safety;
        this.coverageView = coverageView;
        this.targets = targets;
        this.access = access;
        this.overview = overview;
        this.stockPages = stockPages;
        this.stock = stock;
        this.coverage = coverage;
        this.facilities = facilities;
        this.pages = new WebPages(templates);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(SIGN_IN, guarded(this::signInPage));
        routes.post("/signin", guarded(this::signIn));
        routes.post("/signout", guarded(this::signOut));
        routes.post("/language", guarded(this::language));
        routes.get(OVERVIEW, guarded(this::overviewPage));
        routes.get(PROVINCES + "{code}", guarded(this::provincePage));
        routes.get(DEVELOPERS, this::developers);
        routes.get(STOCK, guarded(this::stockPage));
        routes.get(STOCK + "/provinces/{code}", guarded(this::stockProvincePage));
        routes.get(STOCK + "/facilities/{id}", guarded(this::stockFacilityPage));
        routes.get(LOTS + "{id}", guarded(this::lotPage));
        routes.post(LOTS + "{id}/recall", guarded(this::recall));
        routes.get(SAFETY, guarded(this::safetyPage));
        routes.get(COVERAGE, guarded(this::coveragePage));
        routes.get(COVERAGE + "/provinces/{code}", guarded(this::coverageProvincePage));
        routes.post(COVERAGE + "/provinces/{code}/targets", guarded(this::setTarget));
    }

    /** A refusal a page's use case raises is shown as a page in the reader's language, not as the API's JSON. */
    private io.javalin.http.Handler guarded(io.javalin.http.Handler page) {
        return ctx -> {
            try {
                page.handle(ctx);
            } catch (VaxlineException e) {
                Optional<WebSession> session = session(ctx);
                String language = session.map(WebSession::language).orElseGet(() -> anonymousLanguage(ctx));
                String csrf = session.isEmpty() ? null : WebCookies.csrfOf(ctx.attribute(SECRET_ATTRIBUTE));
                pages.render(ctx, WebProblems.status(e), "error", language, session.orElse(null), csrf,
                        Map.of("titleText", WebProblems.title(e, language), "detailText", WebProblems.detail(e, language)));
            }
        };
    }

    private void coveragePage(Context ctx) {
        nationalPage(ctx, COVERAGE, "coverage", coverageView::national);
    }

    private void coverageProvincePage(Context ctx) {
        WebSession session = requireSession(ctx);
        if (session == null) {
            return;
        }
        Optional<Province> province = visibleProvince(ctx, session, "coverage");
        if (province.isEmpty()) {
            return;
        }
        String error = "population".equals(ctx.queryParam("error")) ? "coverage.target.invalid" : null;
        showCoverageProvince(ctx, 200, session, province.get(), error, null);
    }

    /** A province's coverage page, with a refusal of its form when there is one ({@code problem}, already translated). */
    private void showCoverageProvince(Context ctx, int status, WebSession session, Province province, String error, String problem) {
        Map<String, Object> page = new java.util.HashMap<>(coverageView.province(province.code()));
        page.put("province", province);
        Actor actor = session.actor();
        page.put("maySet", actor.role() == Role.NATIONAL_ADMIN || actor.role() == Role.PROVINCE_MANAGER);
        page.put("error", error);
        page.put("problem", problem);
        render(ctx, status, session, "coverage-province", page);
    }

    /** Sets a target population: national admins anywhere, province managers in their province. */
    private void setTarget(Context ctx) {
        WebSession session = requireSession(ctx);
        if (session == null) {
            return;
        }
        if (!csrfOk(ctx)) {
            refuseCsrf(ctx, session.language(), session);
            return;
        }
        String code = ctx.pathParam("code");
        Actor actor = session.actor();
        boolean allowed = actor.role() == Role.NATIONAL_ADMIN
                || actor.role() == Role.PROVINCE_MANAGER && code.equals(actor.provinceCode());
        if (!allowed) {
            forbidden(ctx, session);
            return;
        }
        long population;
        try {
            population = Long.parseLong(ctx.formParam("population") == null ? "" : ctx.formParam("population").trim());
        } catch (NumberFormatException e) {
            ctx.redirect(COVERAGE + "/provinces/" + code + "?error=population");
            return;
        }
        try {
            targets.set(actor, code, ctx.formParam("group"), population);
        } catch (VaxlineException e) {
            // the page again with the refusal, in the reader's language, as the API would answer it
            Optional<Province> province = code.matches("[0-9A-Za-z-]{1,16}") ? facilities.province(code) : Optional.empty();
            if (province.isEmpty()) {
                throw e;
            }
            showCoverageProvince(ctx, WebProblems.status(e), session, province.get(), null, WebProblems.line(e, session.language()));
            return;
        }
        ctx.redirect(COVERAGE + "/provinces/" + code);
    }

    /** Safety: lot rates (national figures) and serious events awaiting follow-up (a province manager's province). */
    private void safetyPage(Context ctx) {
        WebSession session = requireSession(ctx);
        if (session == null) {
            return;
        }
        Actor actor = session.actor();
        if (!StockPages.national(actor) && actor.role() != Role.PROVINCE_MANAGER) {
            forbidden(ctx, session);
            return;
        }
        render(ctx, session, "safety", safety.page(StockPages.national(actor) ? null : actor.provinceCode()));
    }

    // --- stock ------------------------------------------------------------------------------------------------------

    private void stockPage(Context ctx) {
        nationalPage(ctx, STOCK, "stock", stockPages::nationalPage);
    }

    private void stockProvincePage(Context ctx) {
        WebSession session = requireSession(ctx);
        if (session == null) {
            return;
        }
        Optional<Province> province = visibleProvince(ctx, session, "stock");
        if (province.isEmpty()) {
            return;
        }
        Map<String, Object> page = new java.util.HashMap<>(stockPages.provincePage(ctx.pathParam("code")));
        page.put("province", province.get());
        render(ctx, session, "stock-province", page);
    }

    /** A section's national page: a province manager is sent to its province's page, anyone else not national refused. */
    private void nationalPage(Context ctx, String section, String template,
                              java.util.function.Supplier<Map<String, Object>> view) {
        WebSession session = requireSession(ctx);
        if (session == null) {
            return;
        }
        Actor actor = session.actor();
        if (actor.role() == Role.PROVINCE_MANAGER) {
            ctx.redirect(section + "/provinces/" + actor.provinceCode());
            return;
        }
        if (!StockPages.national(actor)) {
            forbidden(ctx, session);
            return;
        }
        render(ctx, session, template, view.get());
    }

    /** The province a page's path names, when it exists and the reader may see it; empty once 403 or 404 is answered. */
    private Optional<Province> visibleProvince(Context ctx, WebSession session, String section) {
        String code = ctx.pathParam("code");
        if (!StockPages.maysee(session.actor(), code)) {
            LOG.warn("web page refused: a {} asked for another province's {}", session.actor().role(), section);
            forbidden(ctx, session);
            return Optional.empty();
        }
        Optional<Province> province = code.matches("[0-9A-Za-z-]{1,16}") ? facilities.province(code) : Optional.empty();
        if (province.isEmpty()) {
            notFound(ctx, session);
        }
        return province;
    }

    private void stockFacilityPage(Context ctx) {
        WebSession session = requireSession(ctx);
        if (session == null) {
            return;
        }
        java.util.UUID id = uuid(ctx.pathParam("id"));
        boolean[] forbidden = {false};
        Optional<Map<String, Object>> page = id == null ? Optional.empty() : stockPages.facilityPage(id, session.actor(), forbidden);
        if (forbidden[0]) {
            LOG.warn("web page refused: a {} asked for a facility outside their province", session.actor().role());
            forbidden(ctx, session);
        } else if (page.isEmpty()) {
            notFound(ctx, session);
        } else {
            render(ctx, session, "stock-facility", page.get());
        }
    }

    private void lotPage(Context ctx) {
        WebSession session = requireSession(ctx);
        if (session == null) {
            return;
        }
        if (!StockPages.national(session.actor()) && session.actor().role() != Role.PROVINCE_MANAGER) {
            forbidden(ctx, session);
            return;
        }
        java.util.UUID id = uuid(ctx.pathParam("id"));
        String cursor = ctx.queryParam("movements");
        java.util.UUID after = cursor == null || cursor.isBlank() ? null : uuid(cursor);
        Optional<Map<String, Object>> page = id == null || cursor != null && !cursor.isBlank() && after == null ? Optional.empty()
                : stockPages.lotPage(id, session.actor(), after);
        if (page.isEmpty()) {
            notFound(ctx, session);
            return;
        }
        Map<String, Object> variables = new java.util.HashMap<>(page.get());
        String error = ctx.queryParam("error");
        variables.put("error", "confirm".equals(error) ? "lot.recall.needsConfirmation" : "reason".equals(error) ? "lot.recall.needsReason" : null);
        render(ctx, session, "lot", variables);
    }

    /** Recalls a lot: only a national admin, only with a reason and the confirmation box ticked. */
    private void recall(Context ctx) {
        WebSession session = requireSession(ctx);
        if (session == null) {
            return;
        }
        if (!csrfOk(ctx)) {
            refuseCsrf(ctx, session.language(), session);
            return;
        }
        java.util.UUID id = uuid(ctx.pathParam("id"));
        if (id == null || session.actor().role() != Role.NATIONAL_ADMIN) {
            forbidden(ctx, session);
            return;
        }
        String reason = ctx.formParam("reason");
        if (reason == null || reason.isBlank()) {
            ctx.redirect(LOTS + id + "?error=reason");
            return;
        }
        if (!"yes".equals(ctx.formParam("confirm"))) {
            ctx.redirect(LOTS + id + "?error=confirm");
            return;
        }
        try {
            stockPages.recall(session.actor(), id, reason.trim());
        } catch (VaxlineException e) {
            Optional<Map<String, Object>> page = stockPages.lotPage(id, session.actor());
            if (page.isEmpty()) {
                throw e;
            }
            Map<String, Object> variables = new java.util.HashMap<>(page.get());
            variables.put("error", null);
            variables.put("problem", WebProblems.line(e, session.language()));
            render(ctx, WebProblems.status(e), session, "lot", variables);
            return;
        }
        ctx.redirect(LOTS + id);
    }

    private static java.util.UUID uuid(String text) {
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void notFound(Context ctx, WebSession session) {
        render(ctx, 404, session, "error", Map.of("title", "error.notFound.title", "detail", "error.notFound.detail"));
    }

    // --- sign-in and sign-out ---------------------------------------------------------------------------------------

    private void signInPage(Context ctx) {
        Optional<WebSession> session = session(ctx);
        if (session.isPresent()) {
            ctx.redirect(home(session.get().actor()));
            return;
        }
        showSignIn(ctx, 200, null);
    }

    private void showSignIn(Context ctx, int status, String error) {
        String csrf = WebCookies.random();
        WebCookies.set(ctx, WebCookies.SIGN_IN, csrf, 3600);
        String language = anonymousLanguage(ctx);
        pages.render(ctx, status, "signin", language, null, csrf, error == null ? Map.of() : Map.of("error", error));
    }

    private void signIn(Context ctx) {
        if (!WebCookies.same(ctx.cookie(WebCookies.SIGN_IN), ctx.formParam(WebCookies.CSRF_FIELD))) {
            refuseCsrf(ctx, anonymousLanguage(ctx), null);
            return;
        }
        SignInResult result = access.web().signIn(ctx.formParam("username"), ctx.formParam("password"));
        String language = anonymousLanguage(ctx);
        if (result instanceof SignInResult.SignedIn signedIn) {
            WebCookies.clear(ctx, WebCookies.SIGN_IN);
            WebCookies.set(ctx, WebCookies.SESSION, signedIn.secret(), (int) WebSignIn.LIFETIME.toSeconds());
            LOG.info("web sign-in succeeded (role {})", signedIn.session().actor().role());
            ctx.redirect(home(signedIn.session().actor()));
        } else if (result instanceof SignInResult.Refused refused) {
            // no user name, password or address in the log: only that it happened and how often in a row
            LOG.warn("web sign-in refused: wrong user name or password ({} failure(s) in a row for that name)", refused.failures());
            showSignIn(ctx, 401, WebTemplates.message(language, "signin.refused"));
        } else if (result instanceof SignInResult.Throttled throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            LOG.warn("web sign-in refused without a check: too many failures for that name, next attempt in {} s", seconds);
            ctx.header("Retry-After", Long.toString(seconds));
            showSignIn(ctx, 429, WebTemplates.message(language, "signin.throttled", seconds));
        }
    }

    private void signOut(Context ctx) {
        Optional<WebSession> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect(SIGN_IN);
            return;
        }
        if (!csrfOk(ctx)) {
            refuseCsrf(ctx, session.get().language(), session.get());
            return;
        }
        access.web().signOut(session.get());
        WebCookies.clear(ctx, WebCookies.SESSION);
        ctx.redirect(SIGN_IN);
    }

    /** The language switch: remembered with the user when signed in, in a cookie on the sign-in page. */
    private void language(Context ctx) {
        String language = WebLanguage.supported(ctx.formParam("language"));
        Optional<WebSession> session = session(ctx);
        String back = safeBack(ctx.formParam("back"));
        if (session.isEmpty()) {
            if (!WebCookies.same(ctx.cookie(WebCookies.SIGN_IN), ctx.formParam(WebCookies.CSRF_FIELD))) {
                refuseCsrf(ctx, anonymousLanguage(ctx), null);
                return;
            }
            WebCookies.set(ctx, WebCookies.LANGUAGE, language, 365 * 24 * 3600);
            ctx.redirect(SIGN_IN);
            return;
        }
        if (!csrfOk(ctx)) {
            refuseCsrf(ctx, session.get().language(), session.get());
            return;
        }
        Actor actor = session.get().actor();
        access.web().setLanguage(actor, actor.name(), language);
        ctx.redirect(back);
    }

    // --- pages ------------------------------------------------------------------------------------------------------

    private void overviewPage(Context ctx) {
        WebSession session = requireSession(ctx);
        if (session == null) {
            return;
        }
        Actor actor = session.actor();
        if (actor.role() == Role.PROVINCE_MANAGER) {
            ctx.redirect(home(actor));
            return;
        }
        if (actor.role() != Role.NATIONAL_ADMIN && actor.role() != Role.AUDITOR) {
            forbidden(ctx, session);
            return;
        }
        render(ctx, session, "overview", Map.of("view", overview.national()));
    }

    private void provincePage(Context ctx) {
        WebSession session = requireSession(ctx);
        if (session == null) {
            return;
        }
        String code = ctx.pathParam("code");
        Actor actor = session.actor();
        if (!WebNavigation.mayOpenProvince(actor, code)) {
            LOG.warn("web page refused: a {} asked for another province's page", actor.role());
            forbidden(ctx, session);
            return;
        }
        Optional<Province> province = code.matches("[0-9A-Za-z-]{1,16}") ? facilities.province(code) : Optional.empty();
        if (province.isEmpty()) {
            render(ctx, 404, session, "error", Map.of("title", "error.notFound.title", "detail", "error.notFound.detail"));
            return;
        }
        OnHandReport onHand = stock.onHand(null, code, null, null);
        CoverageReport byCommune = coverage.report("commune", null, code, null, null);
        render(ctx, session, "province", Map.of("province", province.get(), "onHand", onHand, "coverage", byCommune));
    }

    /** The developers' console: the API's start page with Swagger UI, as it was before the web application. */
    private void developers(Context ctx) {
        try (InputStream page = WebRoutes.class.getClassLoader().getResourceAsStream("web/index.html")) {
            if (page == null) {
                throw new IllegalStateException("web/index.html is missing from the classpath");
            }
            ctx.contentType("text/html; charset=utf-8").result(page.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- shared -----------------------------------------------------------------------------------------------------

    private void render(Context ctx, WebSession session, String template, Map<String, Object> variables) {
        render(ctx, 200, session, template, variables);
    }

    private void render(Context ctx, int status, WebSession session, String template, Map<String, Object> variables) {
        pages.render(ctx, status, template, session.language(), session, WebCookies.csrfOf(ctx.attribute(SECRET_ATTRIBUTE)), variables);
    }

    /** The 403 page: says only that this page is not for this user; nothing of the page is shown. */
    private void forbidden(Context ctx, WebSession session) {
        render(ctx, 403, session, "error", Map.of("title", "error.forbidden.title", "detail", "error.forbidden.detail"));
    }

    private void refuseCsrf(Context ctx, String language, WebSession session) {
        LOG.warn("web form refused: missing or wrong CSRF token");
        String csrf = session == null ? null : WebCookies.csrfOf(ctx.attribute(SECRET_ATTRIBUTE));
        pages.render(ctx, 403, "error", language, session, csrf,
                Map.of("title", "error.csrf.title", "detail", "error.csrf.detail"));
    }

    private boolean csrfOk(Context ctx) {
        String secret = ctx.attribute(SECRET_ATTRIBUTE);
        return secret != null && WebCookies.same(WebCookies.csrfOf(secret), ctx.formParam(WebCookies.CSRF_FIELD));
    }

    /** The signed-in session, or a redirect to the sign-in page (and null). */
    private WebSession requireSession(Context ctx) {
        Optional<WebSession> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect(SIGN_IN);
            return null;
        }
        return session.get();
    }

    private Optional<WebSession> session(Context ctx) {
        WebSession known = ctx.attribute(SESSION_ATTRIBUTE);
        if (known != null) {
            return Optional.of(known);
        }
        String secret = ctx.cookie(WebCookies.SESSION);
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        Optional<WebSession> session = access.web().session(secret);
        session.ifPresent(s -> {
            ctx.attribute(SESSION_ATTRIBUTE, s);
            ctx.attribute(SECRET_ATTRIBUTE, secret);
        });
        return session;
    }

    private static String home(Actor actor) {
        if (actor.role() == Role.SITE_VACCINATOR) {
            return "/site/today";
        }
        return actor.role() == Role.PROVINCE_MANAGER && actor.provinceCode() != null
                ? PROVINCES + actor.provinceCode() : OVERVIEW;
    }

    /** The language of a page before sign-in: the switch's cookie, else the browser's choice among ours, else Vietnamese. */
    private static String anonymousLanguage(Context ctx) {
        String chosen = ctx.cookie(WebCookies.LANGUAGE);
        if (chosen != null && WebLanguage.ALL.contains(chosen)) {
            return chosen;
        }
        return WebLanguage.DEFAULT;
    }

    /** Only a path of this site (no "//host", no scheme) may be where the language switch returns to. */
    private static String safeBack(String back) {
        return back != null && back.matches("/[A-Za-z0-9/_-]{0,100}") && !back.startsWith("//") ? back : SIGN_IN;
    }
}
