package org.vaxline.coldchain.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.coldchain.application.AssessExcursionLot;
import org.vaxline.coldchain.application.AssessmentRequest;
import org.vaxline.coldchain.application.ExcursionQueries;
import org.vaxline.coldchain.application.ExcursionReport;
import org.vaxline.coldchain.application.ExcursionRequest;
import org.vaxline.coldchain.application.RecordExcursion;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.id.Recorded;

import java.util.UUID;

import static org.vaxline.platform.http.HttpServer.API;

/** Temperature excursions over HTTP: record one, read them, assess the lots they held. */
public final class ExcursionRoutes implements Routes {
    private static final String EXCURSIONS = API + "/excursions";

    private final RecordExcursion recordExcursion;
    private final AssessExcursionLot assess;
    private final ExcursionQueries queries;

    public ExcursionRoutes(RecordExcursion recordExcursion, AssessExcursionLot assess, ExcursionQueries queries) {
        this.recordExcursion = recordExcursion;
        this.assess = assess;
        this.queries = queries;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(EXCURSIONS, this::list);
        routes.post(EXCURSIONS, this::record);
        routes.get(EXCURSIONS + "/{id}", ctx -> ctx.json(ExcursionView.of(queries.report(Requests.pathId(ctx, "id")))));
        routes.post(EXCURSIONS + "/{id}/assessments", this::assess);
    }

    private void list(Context ctx) {
        Page<ExcursionReport> page = queries.page(Requests.queryId(ctx, "facility"), Requests.queryBoolean(ctx, "open"),
                Requests.cursor(ctx), Requests.limit(ctx));
        ctx.json(new Page<>(page.items().stream().map(ExcursionView::of).toList(), page.next()));
    }

    private void record(Context ctx) {
        ExcursionRequest body = Requests.body(ctx, ExcursionRequest.class);
        ExcursionRequest request = new ExcursionRequest(Requests.clientId(ctx, body.id()), body.facilityId(), body.shipmentId(),
                body.startedAt(), body.durationMinutes(), body.lowestC(), body.highestC(), body.note());
        answer(ctx, recordExcursion.record(Requests.actor(ctx), request));
    }

    private void assess(Context ctx) {
        UUID id = Requests.pathId(ctx, "id");
        AssessmentRequest body = Requests.body(ctx, AssessmentRequest.class);
        answer(ctx, assess.assess(Requests.actor(ctx), id, body));
    }

    private static void answer(Context ctx, Recorded<ExcursionReport> recorded) {
        Requests.created(ctx, recorded.isNew(), EXCURSIONS + "/" + recorded.value().excursion().id(),
                ExcursionView.of(recorded.value()));
    }

}
