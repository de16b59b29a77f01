package org.vaxline.aefi.http;

import org.vaxline.aefi.application.PersonReads;
import org.vaxline.aefi.domain.AefiCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.aefi.application.AefiQueries;
import org.vaxline.aefi.application.AefiRequest;
import org.vaxline.aefi.application.ChangeSignalSettings;
import org.vaxline.aefi.application.FollowupRequest;
import org.vaxline.aefi.application.LotSignals;
import org.vaxline.aefi.application.RecordFollowup;
import org.vaxline.aefi.application.ReportAefi;
import org.vaxline.aefi.domain.LotRate;
import org.vaxline.aefi.domain.AefiFilter;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.id.Recorded;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.vaxline.platform.http.HttpServer.API;

/** Adverse events over HTTP: report, follow up, list and read them; each lot's rate; the signal threshold. */
public final class AefiRoutes implements Routes {
    private static final String AEFI = API + "/aefi";

    private final ReportAefi reportAefi;
    private final RecordFollowup recordFollowup;
    private final AefiQueries queries;
    private final LotSignals signals;
    private final ChangeSignalSettings settings;
    private final PersonReads reads;

    public AefiRoutes(ReportAefi reportAefi, RecordFollowup recordFollowup, AefiQueries queries,
                      LotSignals signals, ChangeSignalSettings settings, PersonReads reads) {
        this.reads = reads;
        this.reportAefi = reportAefi;
        this.recordFollowup = recordFollowup;
        this.queries = queries;
        this.signals = signals;
        this.settings = settings;
    }

    /** The request body of PUT /aefi/settings. */
    record SettingsBody(BigDecimal seriousPer100kThreshold, Long minimumDosesToFlag) {
    }

    @Override
    public void register(RoutesConfig routes) {
        // The fixed paths first, so that "lots" and "settings" are never read as a report id.
        routes.get(AEFI + "/lots", this::lots);
        routes.get(AEFI + "/settings", ctx -> ctx.json(SettingsView.of(settings.current())));
        routes.put(AEFI + "/settings", ctx -> {
            SettingsBody body = Requests.body(ctx, SettingsBody.class);
            ctx.json(SettingsView.of(settings.change(Requests.actor(ctx), body.seriousPer100kThreshold(), body.minimumDosesToFlag())));
        });
        routes.get(AEFI, this::list);
        routes.post(AEFI, this::report);
        routes.get(AEFI + "/{id}", ctx -> {
            AefiCase found = queries.get(Requests.pathId(ctx, "id"));
            reads.logged(Requests.actor(ctx), List.of(found.report().personId()), "AEFI");
            ctx.json(AefiView.of(found));
        });
        routes.post(AEFI + "/{id}/followups", this::followUp);
        routes.get(API + "/lots/{id}/aefi", ctx -> ctx.json(signals.rate(Requests.pathId(ctx, "id"))));
    }

    private void list(Context ctx) {
        String province = ctx.queryParam("province");
        AefiFilter filter = new AefiFilter(Requests.queryId(ctx, "lot"), blank(province) ? null : province.trim(),
                Requests.queryBoolean(ctx, "serious"));
        Page<AefiCase> page = queries.page(filter, Requests.cursor(ctx), Requests.limit(ctx));
        reads.logged(Requests.actor(ctx), page.items().stream().map(c -> c.report().personId()).toList(), "AEFI");
        ctx.json(new Page<>(page.items().stream().map(AefiView::of).toList(), page.next()));
    }

    private void lots(Context ctx) {
        Page<LotRate> page = signals.page(Requests.queryBoolean(ctx, "flagged"), Requests.cursor(ctx), Requests.limit(ctx));
        ctx.json(page);
    }

    private void report(Context ctx) {
        AefiRequest body = Requests.body(ctx, AefiRequest.class);
        AefiRequest request = new AefiRequest(Requests.clientId(ctx, body.id()), body.doseId(), body.onsetAt(), body.seriousness(),
                body.seriousCriteria(), body.classification(), body.outcome(), body.description());
        answer(ctx, reportAefi.report(Requests.actor(ctx), request));
    }

    private void followUp(Context ctx) {
        UUID id = Requests.pathId(ctx, "id");
        FollowupRequest body = Requests.body(ctx, FollowupRequest.class);
        answer(ctx, recordFollowup.record(Requests.actor(ctx), id,
                new FollowupRequest(Requests.clientId(ctx, body.id()), body.classification(), body.outcome(), body.note())));
    }

    private static void answer(Context ctx, Recorded<AefiCase> recorded) {
        Requests.created(ctx, recorded.isNew(), AEFI + "/" + recorded.value().report().id(), AefiView.of(recorded.value()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

}
