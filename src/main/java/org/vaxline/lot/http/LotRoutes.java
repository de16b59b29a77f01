package org.vaxline.lot.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.lot.application.DecideRelease;
import org.vaxline.lot.application.LiftHold;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.application.LotQueries;
import org.vaxline.lot.application.PlaceHold;
import org.vaxline.lot.application.RecordShelfLifeDecision;
import org.vaxline.lot.application.RegisterLots;
import org.vaxline.lot.domain.DecisionKind;
import org.vaxline.lot.domain.Hold;
import org.vaxline.lot.domain.HoldOutcome;
import org.vaxline.lot.domain.HoldSource;
import org.vaxline.lot.domain.Lot;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.lot.domain.NewHold;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.lot.domain.NewShelfLifeDecision;
import org.vaxline.lot.domain.ReleaseDecision;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.lot.domain.ShelfLifeDecision;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.id.Recorded;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.vaxline.platform.http.HttpServer.API;

/** Lots over HTTP: registration of local batches, release decisions, holds, and shelf-life decisions. */
public final class LotRoutes implements org.vaxline.platform.http.Routes {
    private final RegisterLots registerLots;
    private final DecideRelease decideRelease;
    private final PlaceHold placeHold;
    private final LiftHold liftHold;
    private final RecordShelfLifeDecision recordShelfLife;
    private final LotQueries queries;
    private final LotAvailability availability;

    public LotRoutes(RegisterLots registerLots, DecideRelease decideRelease, PlaceHold placeHold, LiftHold liftHold,
                     RecordShelfLifeDecision recordShelfLife, LotQueries queries, LotAvailability availability) {
        this.registerLots = registerLots;
        this.decideRelease = decideRelease;
        this.placeHold = placeHold;
        this.liftHold = liftHold;
        this.recordShelfLife = recordShelfLife;
        this.queries = queries;
        this.availability = availability;
    }

    record RegisterBody(List<NewLot> lots) {
    }

    record DecisionBody(UUID id, DecisionKind decision, String certificateNumber, String reason, LocalDate decidedOn) {
    }

    record HoldBody(UUID id, UUID facilityId, String reason, HoldSource source, UUID sourceId) {
    }

    record LiftBody(HoldOutcome outcome, String note) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/lots", this::list);
        routes.post(API + "/lots", this::registerLots);
        routes.get(API + "/lots/{id}", ctx -> ctx.json(LotViews.LotDetailView.of(queries.detail(Requests.pathId(ctx, "id")))));
        routes.post(API + "/lots/{id}/release", this::decide);
        routes.post(API + "/lots/{id}/holds", this::hold);
        routes.post(API + "/lots/{id}/holds/{holdId}/lift", this::lift);
        routes.get(API + "/products/{id}/shelf-life-decisions", this::shelfLifeDecisions);
        routes.post(API + "/products/{id}/shelf-life-decisions", this::recordShelfLife);
    }

    private void list(Context ctx) {
        Page<LotState> page = queries.page(Requests.queryId(ctx, "product"), status(ctx),
                Requests.cursor(ctx), Requests.limit(ctx));
        ctx.json(new Page<>(page.items().stream().map(LotViews.LotView::of).toList(), page.next()));
    }

    private static LotStatus status(Context ctx) {
        String text = ctx.queryParam("status");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LotStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "status: must be QUARANTINED, RELEASED or REJECTED",
                    Map.of("status", "must be QUARANTINED, RELEASED or REJECTED"), Map.of());
        }
    }

    private void registerLots(Context ctx) {
        RegisterBody body = Requests.body(ctx, RegisterBody.class);
        List<Recorded<Lot>> recorded = registerLots.register(Requests.actor(ctx), body.lots());
        List<UUID> ids = recorded.stream().map(r -> r.value().id()).toList();
        Map<UUID, LotState> states = new java.util.HashMap<>();
        availability.states(ids).forEach(s -> states.put(s.lotId(), s));
        ctx.status(recorded.stream().anyMatch(Recorded::isNew) ? 201 : 200);
        ctx.json(Map.of("lots", ids.stream().map(id -> LotViews.LotView.of(states.get(id))).toList()));
    }

    private void decide(Context ctx) {
        UUID lotId = Requests.pathId(ctx, "id");
        DecisionBody body = Requests.body(ctx, DecisionBody.class);
        Recorded<ReleaseDecision> recorded = decideRelease.decide(Requests.actor(ctx), lotId, new ReleaseRequest(
                Requests.clientId(ctx, body.id()), body.decision(), body.certificateNumber(), body.reason(), body.decidedOn()));
        Requests.created(ctx, recorded.isNew(), API + "/lots/" + lotId, LotViews.DecisionView.of(recorded.value()));
    }

    private void hold(Context ctx) {
        UUID lotId = Requests.pathId(ctx, "id");
        HoldBody body = Requests.body(ctx, HoldBody.class);
        Recorded<Hold> recorded = placeHold.place(Requests.actor(ctx), lotId,
                new NewHold(Requests.clientId(ctx, body.id()), body.facilityId(), body.reason(), body.source(), body.sourceId()));
        Requests.created(ctx, recorded.isNew(), API + "/lots/" + lotId, LotViews.HoldView.of(recorded.value()));
    }

    private void lift(Context ctx) {
        UUID lotId = Requests.pathId(ctx, "id");
        LiftBody body = Requests.body(ctx, LiftBody.class);
        Recorded<Hold> recorded = liftHold.lift(Requests.actor(ctx), lotId, Requests.pathId(ctx, "holdId"), body.outcome(), body.note());
        Requests.created(ctx, recorded.isNew(), API + "/lots/" + lotId, LotViews.HoldView.of(recorded.value()));
    }

    private void shelfLifeDecisions(Context ctx) {
        Page<ShelfLifeDecision> page = queries.shelfLifeDecisions(Requests.pathId(ctx, "id"), Requests.cursor(ctx), Requests.limit(ctx));
        ctx.json(new Page<>(page.items().stream().map(LotViews.ShelfLifeView::of).toList(), page.next()));
    }

    private void recordShelfLife(Context ctx) {
        UUID productId = Requests.pathId(ctx, "id");
        NewShelfLifeDecision body = Requests.body(ctx, NewShelfLifeDecision.class);
        NewShelfLifeDecision request = new NewShelfLifeDecision(Requests.clientId(ctx, body.id()), body.months(), body.decidedOn(),
                body.authority(), body.reference(), body.manufacturedFrom(), body.manufacturedTo());
        Recorded<ShelfLifeDecision> recorded = recordShelfLife.record(Requests.actor(ctx), productId, request);
        Requests.created(ctx, recorded.isNew(), API + "/products/" + productId + "/shelf-life-decisions",
                LotViews.ShelfLifeView.of(recorded.value()));
    }
}
