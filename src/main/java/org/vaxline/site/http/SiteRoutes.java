package org.vaxline.site.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.aefi.application.AefiRequest;
import org.vaxline.aefi.application.ReportAefi;
import org.vaxline.certificate.domain.CertificateFormat;
import org.vaxline.certificate.application.IssueCertificate;
import org.vaxline.certificate.application.QrCodes;
import org.vaxline.person.application.SearchPersons;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.ProblemTitles;
import org.vaxline.platform.http.Problems;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.security.Actor;
import org.vaxline.registry.application.Sessions;
import org.vaxline.site.application.BatchItem;
import org.vaxline.site.application.BatchOutcome;
import org.vaxline.site.application.SitePacks;
import org.vaxline.site.application.SyncBatch;
import org.vaxline.web.WebGate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.vaxline.platform.http.HttpServer.API;

/**
 * The site workspace over HTTP. For machines, under the API with a bearer token: {@code GET /api/v1/sites/{id}/pack} and
 * {@code POST /api/v1/sites/{id}/batch}. For the workspace page, the same answers under {@code /site/api} with the
 * web session's cookie (SameSite=Strict) and, on writes, its CSRF token in {@code X-CSRF-Token}: the page never holds
 * a bearer token.
 */
public final class SiteRoutes implements Routes {
    public static final String PAGE = "/site/today";
    private static final String SITE_API = "/site/api";
    private final WebGate gate;
    private final SitePacks packs;
    private final SyncBatch batch;
    private final SearchPersons search;
    private final IssueCertificate certificates;
    private final ReportAefi aefi;
    private final Sessions sessions;
    private final java.time.Clock clock;

    public SiteRoutes(WebGate gate, SitePacks packs, SyncBatch batch, SearchPersons search, IssueCertificate certificates,
                      ReportAefi aefi, Sessions sessions, java.time.Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
        this.gate = gate;
        this.packs = packs;
        this.batch = batch;
        this.search = search;
        this.certificates = certificates;
        this.aefi = aefi;
    }

    record BatchBody(List<BatchItem> items) {
    }

    /**
     * Vials of a lot opened from the page: {@code sessionId} is the day's open session when there is one, or the client's
     * id for a new one; {@code openingId} is the client's id of the opening. Both ids make a resend harmless.
     */
    record VialsBody(UUID sessionId, UUID openingId, UUID lotId, Integer count) {
    }

    @Override
    public void register(RoutesConfig routes) {
        Thread warmUp = new Thread(SiteRoutes::warmUp, "site-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        routes.get(API + "/sites/{id}/pack", ctx -> ctx.json(packs.pack(Requests.actor(ctx), Requests.pathId(ctx, "id"))));
        routes.post(API + "/sites/{id}/batch", ctx -> answerBatch(ctx, Requests.actor(ctx), Requests.pathId(ctx, "id"),
                ProblemTitles.language(ctx.header("Accept-Language"))));
        routes.get(PAGE, this::page);
        routes.get(SITE_API + "/pack", ctx -> {
            WebGate.SignedIn who = signedIn(ctx, false);
            noStore(ctx).json(packs.pack(who.session().actor(), null));
        });
        routes.post(SITE_API + "/batch", ctx -> {
            WebGate.SignedIn who = signedIn(ctx, true);
            answerBatch(noStore(ctx), who.session().actor(), null, who.language());
        });
        routes.get(SITE_API + "/persons", ctx -> {
            WebGate.SignedIn who = signedIn(ctx, false);
            noStore(ctx).json(search.search(who.session().actor(), ctx.queryParam("q"), null, null, 20));
        });
        routes.get(SITE_API + "/persons/{id}/certificate.png", ctx -> {
            WebGate.SignedIn who = signedIn(ctx, false);
            var issued = certificates.issue(who.session().actor(), Requests.pathId(ctx, "id"), CertificateFormat.parse(null), null);
            noStore(ctx).contentType("image/png").result(QrCodes.png(issued.text()));
        });
        routes.get(SITE_API + "/csrf", ctx -> {
            // a shell the service worker served from its cache may carry an older session's token or language: the page asks here
            WebGate.SignedIn who = signedIn(ctx, false);
            noStore(ctx).json(Map.of("csrf", who.csrf(), "language", who.language()));
        });
        routes.post(SITE_API + "/sessions", ctx -> {
            WebGate.SignedIn who = signedIn(ctx, true);
            Actor actor = who.session().actor();
            VialsBody body = Requests.body(ctx, VialsBody.class);
            if (body.sessionId() == null || body.openingId() == null) {
                throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, body.sessionId() == null ? "sessionId" : "openingId",
                        "is required (a UUID the page chose)");
            }
            sessions.open(actor, body.sessionId(), actor.facilityId(), java.time.LocalDate.now(clock));
            var opened = sessions.openVials(actor, body.sessionId(), body.openingId(), body.lotId(), body.count());
            noStore(ctx).status(opened.isNew() ? 201 : 200).json(opened.value());
        });
        routes.post(SITE_API + "/sessions/{id}/close", ctx -> {
            WebGate.SignedIn who = signedIn(ctx, true);
            noStore(ctx).json(sessions.close(who.session().actor(), Requests.pathId(ctx, "id")));
        });
        routes.post(SITE_API + "/aefi", ctx -> {
            WebGate.SignedIn who = signedIn(ctx, true);
            AefiRequest body = Requests.body(ctx, AefiRequest.class);
            var reported = aefi.report(who.session().actor(), body);
            noStore(ctx).status(reported.isNew() ? 201 : 200).json(reported.value());
        });
    }

    /**
     * The first batch after the server's start took ~200 ms where the next take ~10-30: a batch of one malformed record
     * sent first took those 200 ms itself, and the first dose after it 24 ms, so the cost is the JVM's first use of the
     * batch's reading and answering (Jackson building the readers of the batch's records and the writers of a dose and
     * a problem, their classes loaded), not the store. Done once here, behind the start, reading and writing nothing.
     */
    static void warmUp() {
        try {
            String sample = "{\"items\":[{\"kind\":\"PERSON\",\"id\":\"" + UUID.randomUUID() + "\",\"person\":{"
                    + "\"identityType\":\"CCCD\",\"identityNumber\":\"001190000001\",\"fullName\":\"Warm Up\","
                    + "\"dateOfBirth\":\"1990-01-01\",\"sex\":\"FEMALE\",\"phone\":\"0987000000\",\"confirmNotDuplicate\":false}},"
                    + "{\"kind\":\"DOSE\",\"id\":\"" + UUID.randomUUID() + "\",\"dose\":{\"personId\":\"" + UUID.randomUUID()
                    + "\",\"lotId\":\"" + UUID.randomUUID() + "\",\"productId\":\"" + UUID.randomUUID()
                    + "\",\"givenOn\":\"2021-10-06\",\"sessionId\":null}}]}";
            BatchBody body = Json.parse(sample, BatchBody.class);
            VaxlineException refused = VaxlineException.field(PlatformError.MALFORMED_REQUEST, "kind", "PERSON or DOSE");
            Map<String, Object> problem = Problems.body(refused, SITE_API + "/batch");
            problem.put("title", ProblemTitles.title(refused.code(), "vi"));
            var dose = new org.vaxline.registry.domain.Dose(body.items().get(1).id(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID(), "01", java.time.LocalDate.of(2021, 10, 6), 1, "warm-up",
                    org.vaxline.registry.domain.DoseKind.PRIMARY, null, null, UUID.randomUUID(), java.time.Instant.now(), "warm-up");
            Json.mapper().writeValueAsString(Map.of("items", List.of(
                    Map.of("kind", "DOSE", "id", dose.id(), "status", 201, "body", dose),
                    Map.of("kind", "PERSON", "id", body.items().get(0).id(), "status", 400, "problem", problem))));
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            // a warm-up only: the first batch is then merely slower
            org.slf4j.LoggerFactory.getLogger(SiteRoutes.class).debug("site warm-up skipped", e);
        }
    }

    /** The workspace: a shell the service worker keeps; the script fills it from the pack kept in IndexedDB. */
    private void page(Context ctx) {
        Optional<WebGate.SignedIn> who = gate.signedIn(ctx);
        if (who.isEmpty()) {
            ctx.redirect("/");
            return;
        }
        Actor actor = who.get().session().actor();
        if (actor.facilityId() == null || actor.role() != org.vaxline.platform.security.Role.SITE_VACCINATOR) {
            gate.render(ctx, 403, "error", who.get(), Map.of("title", "error.forbidden.title", "detail", "site.forbidden"));
            return;
        }
        String texts;
        try {
            texts = Json.mapper().writeValueAsString(WebGate.messages(who.get().language(), "site."))
                    // inside a <script> element: no "</script>" can close it early
                    .replace("<", "\\u003c");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        gate.render(ctx, 200, "site", who.get(), Map.of("texts", texts));
    }

    private WebGate.SignedIn signedIn(Context ctx, boolean write) {
        WebGate.SignedIn who = gate.signedIn(ctx).orElseThrow(() ->
                new VaxlineException(PlatformError.UNAUTHENTICATED, "sign in to the web application first"));
        if (write && !gate.csrfHeaderOk(ctx, who)) {
            throw new VaxlineException(PlatformError.FORBIDDEN, "missing or wrong " + WebGate.CSRF_HEADER + " header");
        }
        return who;
    }

    private static Context noStore(Context ctx) {
        return ctx.header("Cache-Control", "no-store");
    }

    /** 200 with one outcome per record, in the order sent: its status as a single request would answer, and its body or problem. */
    private void answerBatch(Context ctx, Actor actor, UUID siteId, String language) {
        BatchBody body = Requests.body(ctx, BatchBody.class);
        List<BatchOutcome> outcomes = batch.apply(actor, siteId, body.items());
        List<Map<String, Object>> items = new ArrayList<>();
        for (BatchOutcome outcome : outcomes) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", outcome.kind());
            item.put("id", outcome.id());
            if (outcome instanceof BatchOutcome.Recorded r) {
                item.put("status", r.isNew() ? 201 : 200);
                item.put("body", r.value());
            } else if (outcome instanceof BatchOutcome.Refused refused) {
                Map<String, Object> problem = Problems.body(refused.problem(), ctx.path());
                problem.put("title", ProblemTitles.title(refused.problem().code(), language));
                item.put("status", problem.get("status"));
                item.put("problem", problem);
            }
            items.add(item);
        }
        ctx.json(Map.of("items", items));
    }
}
