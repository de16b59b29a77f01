package org.vaxline.registry.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.id.Recorded;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.application.DueEntry;
import org.vaxline.registry.application.PersonReads;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.application.RecordDose;
import org.vaxline.registry.application.ReverseDose;
import org.vaxline.registry.application.DoseView;
import org.vaxline.registry.domain.DoseReversal;
import org.vaxline.registry.application.SeriesRules;
import org.vaxline.registry.application.SessionSummary;
import org.vaxline.registry.application.Sessions;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.SeriesRule;

import java.time.LocalDate;
import java.util.UUID;

import static org.vaxline.platform.http.HttpServer.API;

/** The dose registry over HTTP: doses, a person's doses and schedules, due lists, sessions and series rules. */
public final class RegistryRoutes implements Routes {
    private final RecordDose recordDose;
    private final ReverseDose reverseDose;
    private final Sessions sessions;
    private final DoseQueries queries;
    private final SeriesRules rules;
    private final PersonReads reads;

    /** @param reads told of every person whose doses an answer shows, for the access log */
    public RegistryRoutes(RecordDose recordDose, ReverseDose reverseDose, Sessions sessions, DoseQueries queries,
                          SeriesRules rules, PersonReads reads) {
        this.recordDose = recordDose;
        this.reverseDose = reverseDose;
        this.sessions = sessions;
        this.queries = queries;
        this.rules = rules;
        this.reads = reads;
    }

    record SessionBody(UUID id, UUID siteId, LocalDate date) {
    }

    record ReversalBody(UUID id, String reason) {
    }

    record VialsBody(UUID id, UUID lotId, Integer count) {
    }

    /** The doses of a lot: how many in all, to how many people, and a page of them naming their recipients. */
    record LotDoses(UUID lotId, long total, long recipients, java.util.List<Dose> items,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) String next) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/doses", this::record);
        routes.get(API + "/doses/{id}", ctx -> {
            DoseView dose = queries.view(Requests.pathId(ctx, "id"))
                    .orElseThrow(() -> VaxlineException.notFound("dose", ctx.pathParam("id")));
            reads.logged(Requests.actor(ctx), java.util.List.of(dose.dose().personId()), "DOSE");
            ctx.json(dose);
        });
        routes.post(API + "/doses/{id}/reversal", ctx -> {
            ReversalBody body = Requests.body(ctx, ReversalBody.class);
            Recorded<DoseReversal> reversed = reverseDose.reverse(Requests.actor(ctx), Requests.clientId(ctx, body.id()),
                    Requests.pathId(ctx, "id"), body.reason());
            Requests.created(ctx, reversed.isNew(), API + "/doses/" + reversed.value().doseId(), reversed.value());
        });
        routes.get(API + "/persons/{id}/doses", ctx -> {
            UUID person = Requests.pathId(ctx, "id");
            var doses = queries.ofPerson(person);
            reads.logged(Requests.actor(ctx), java.util.List.of(person), "DOSES");
            ctx.json(doses);
        });
        routes.get(API + "/doses-per-day", ctx -> ctx.json(queries.perDay(ctx.queryParam("province"),
                Requests.queryDate(ctx, "from"), Requests.queryDate(ctx, "to"))));
        routes.get(API + "/lots/{id}/doses", ctx -> {
            UUID lot = Requests.pathId(ctx, "id");
            Page<Dose> page = queries.recipientsOfLot(lot, Requests.cursor(ctx), Requests.limit(ctx));
            reads.logged(Requests.actor(ctx), page.items().stream().map(Dose::personId).toList(), "LOT_RECIPIENTS");
            ctx.json(new LotDoses(lot, queries.countOfLot(lot), queries.recipientsCountOfLot(lot), page.items(), page.next()));
        });
        routes.get(API + "/sites/{id}/due", ctx -> {
            LocalDate day = Requests.queryDate(ctx, "date");
            if (day == null) {
                throw VaxlineException.field(org.vaxline.platform.error.PlatformError.MALFORMED_REQUEST, "date", "is required (YYYY-MM-DD)");
            }
            var due = queries.dueAt(Requests.pathId(ctx, "id"), day, Requests.cursor(ctx), Requests.limit(ctx));
            reads.logged(Requests.actor(ctx), due.items().stream().map(DueEntry::personId).toList(), "DUE_LIST");
            ctx.json(due);
        });
        routes.post(API + "/sessions", this::openSession);
        routes.get(API + "/sessions/{id}", ctx -> ctx.json(sessions.summary(Requests.pathId(ctx, "id"))));
        routes.post(API + "/sessions/{id}/vials", ctx -> {
            VialsBody body = Requests.body(ctx, VialsBody.class);
            Recorded<SessionSummary> opened = sessions.openVials(Requests.actor(ctx), Requests.pathId(ctx, "id"),
                    Requests.clientId(ctx, body.id()), body.lotId(), body.count());
            Requests.created(ctx, opened.isNew(), API + "/sessions/" + opened.value().id(), opened.value());
        });
        routes.post(API + "/sessions/{id}/close", ctx -> ctx.json(sessions.close(Requests.actor(ctx), Requests.pathId(ctx, "id"))));
        routes.get(API + "/series-rules", ctx -> ctx.json(new Page<>(rules.all(), null)));
        routes.put(API + "/series-rules", ctx -> ctx.json(rules.put(Requests.actor(ctx), Requests.body(ctx, SeriesRule.class))));
    }

    private void record(Context ctx) {
        DoseRequest body = Requests.body(ctx, DoseRequest.class);
        DoseRequest request = new DoseRequest(Requests.clientId(ctx, body.id()), body.personId(), body.productId(), body.lotId(),
                body.siteId(), body.givenOn(), body.sessionId(), body.intervalOverrideReason());
        Recorded<Dose> recorded = recordDose.record(Requests.actor(ctx), request);
        Requests.created(ctx, recorded.isNew(), API + "/doses/" + recorded.value().id(), recorded.value());
    }

    private void openSession(Context ctx) {
        SessionBody body = Requests.body(ctx, SessionBody.class);
        Recorded<SessionSummary> opened = sessions.open(Requests.actor(ctx), Requests.clientId(ctx, body.id()), body.siteId(),
                body.date());
        Requests.created(ctx, opened.isNew(), API + "/sessions/" + opened.value().id(), opened.value());
    }
}
