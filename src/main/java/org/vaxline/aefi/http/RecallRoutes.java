package org.vaxline.aefi.http;

import org.vaxline.aefi.application.PersonReads;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.aefi.application.RecallLot;
import org.vaxline.aefi.application.RecallReport;
import org.vaxline.aefi.application.RecallRequest;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.id.Recorded;

import java.util.UUID;

import static org.vaxline.platform.http.HttpServer.API;

/** Lot recalls over HTTP: recall a lot, read its recall. */
public final class RecallRoutes implements Routes {
    private final RecallLot recallLot;
    private final PersonReads reads;

    public RecallRoutes(RecallLot recallLot, PersonReads reads) {
        this.recallLot = recallLot;
        this.reads = reads;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/lots/{id}/recall", this::recall);
        routes.get(API + "/lots/{id}/recall", ctx -> {
            UUID lot = Requests.pathId(ctx, "id");
            RecallReport report = recallLot.ofLot(lot).orElseThrow(() -> VaxlineException.notFound("recall of lot", lot));
            logRecipients(ctx, report);
            ctx.json(RecallView.of(report));
        });
    }

    private void recall(Context ctx) {
        UUID lot = Requests.pathId(ctx, "id");
        RecallRequest body = Requests.body(ctx, RecallRequest.class);
        Recorded<RecallReport> recorded = recallLot.recall(Requests.actor(ctx), lot,
                new RecallRequest(Requests.clientId(ctx, body.id()), body.reason()));
        logRecipients(ctx, recorded.value());
        Requests.created(ctx, recorded.isNew(), API + "/lots/" + lot + "/recall", RecallView.of(recorded.value()));
    }

    private void logRecipients(Context ctx, RecallReport report) {
        reads.logged(Requests.actor(ctx), report.recipients().stream().map(r -> r.personId()).toList(), "RECALL");
    }
}
