package org.vaxline.agreement.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.agreement.application.AgreementQueries;
import org.vaxline.agreement.application.AgreementRequest;
import org.vaxline.agreement.application.CompleteMilestone;
import org.vaxline.agreement.application.RecordAgreement;
import org.vaxline.agreement.application.RecordDelivery;
import org.vaxline.agreement.application.ReverseDelivery;
import org.vaxline.agreement.domain.Agreement;
import org.vaxline.agreement.domain.DeliveryEntry;
import org.vaxline.agreement.domain.NewDelivery;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.id.Recorded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.vaxline.platform.http.HttpServer.API;

/** The agreement ledger over HTTP: agreements, their deliveries and reversals, and milestone completions. */
public final class AgreementRoutes implements Routes {
    private final RecordAgreement recordAgreement;
    private final RecordDelivery recordDelivery;
    private final ReverseDelivery reverseDelivery;
    private final CompleteMilestone completeMilestone;
    private final AgreementQueries queries;

    public AgreementRoutes(RecordAgreement recordAgreement, RecordDelivery recordDelivery, ReverseDelivery reverseDelivery,
                           CompleteMilestone completeMilestone, AgreementQueries queries) {
        this.recordAgreement = recordAgreement;
        this.recordDelivery = recordDelivery;
        this.reverseDelivery = reverseDelivery;
        this.completeMilestone = completeMilestone;
        this.queries = queries;
    }

    record DeliveryBody(UUID id, UUID commitmentId, BigDecimal quantity, String unit, LocalDate deliveredOn,
                        String reference, Boolean overDelivery) {
    }

    record ReversalBody(UUID id, String reason) {
    }

    record CompletionBody(LocalDate doneOn) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/agreements", this::list);
        routes.post(API + "/agreements", this::create);
        routes.get(API + "/agreements/{id}", ctx -> ctx.json(queries.report(Requests.pathId(ctx, "id"), Requests.queryDate(ctx, "asOf"))));
        routes.get(API + "/agreements/{id}/deliveries", this::deliveries);
        routes.post(API + "/agreements/{id}/deliveries", this::deliver);
        routes.get(API + "/agreements/{id}/deliveries/{deliveryId}", ctx -> ctx.json(DeliveryView.of(
                queries.delivery(Requests.pathId(ctx, "id"), Requests.pathId(ctx, "deliveryId")))));
        routes.post(API + "/agreements/{id}/deliveries/{deliveryId}/reversal", this::reverse);
        routes.post(API + "/agreements/{id}/milestones/{milestoneId}/completion", this::complete);
    }

    private void list(Context ctx) {
        ctx.json(queries.page(Requests.cursor(ctx), Requests.queryId(ctx, "partner"),
                Requests.limit(ctx), Requests.queryDate(ctx, "asOf")));
    }

    private void create(Context ctx) {
        AgreementRequest body = Requests.body(ctx, AgreementRequest.class);
        AgreementRequest request = new AgreementRequest(Requests.clientId(ctx, body.id()), body.title(), body.fromPartnerId(),
                body.toPartnerId(), body.signedOn(), body.kind(), body.reference(), body.commitments());
        Recorded<Agreement> recorded = recordAgreement.record(Requests.actor(ctx), request);
        UUID id = recorded.value().id();
        Requests.created(ctx, recorded.isNew(), API + "/agreements/" + id, queries.report(id, null));
    }

    private void deliveries(Context ctx) {
        Page<DeliveryEntry> page = queries.deliveries(Requests.pathId(ctx, "id"), Requests.cursor(ctx), Requests.limit(ctx));
        ctx.json(new Page<>(page.items().stream().map(DeliveryView::of).toList(), page.next()));
    }

    private void deliver(Context ctx) {
        UUID agreementId = Requests.pathId(ctx, "id");
        DeliveryBody body = Requests.body(ctx, DeliveryBody.class);
        NewDelivery request = new NewDelivery(Requests.clientId(ctx, body.id()), body.commitmentId(), body.quantity(),
                body.unit(), body.deliveredOn(), body.reference(), Boolean.TRUE.equals(body.overDelivery()));
        Recorded<DeliveryEntry> recorded = recordDelivery.record(Requests.actor(ctx), agreementId, request);
        answer(ctx, recorded);
    }

    private void reverse(Context ctx) {
        ReversalBody body = Requests.body(ctx, ReversalBody.class);
        Recorded<DeliveryEntry> recorded = reverseDelivery.reverse(Requests.actor(ctx), Requests.pathId(ctx, "id"),
                Requests.pathId(ctx, "deliveryId"), Requests.clientId(ctx, body.id()), body.reason());
        answer(ctx, recorded);
    }

    private void complete(Context ctx) {
        CompletionBody body = Requests.body(ctx, CompletionBody.class);
        UUID agreementId = Requests.pathId(ctx, "id");
        UUID milestoneId = Requests.pathId(ctx, "milestoneId");
        Recorded<LocalDate> recorded = completeMilestone.complete(Requests.actor(ctx), agreementId, milestoneId, body.doneOn());
        Requests.created(ctx, recorded.isNew(), API + "/agreements/" + agreementId,
                Map.of("milestoneId", milestoneId, "doneOn", recorded.value()));
    }

    private static void answer(Context ctx, Recorded<DeliveryEntry> recorded) {
        DeliveryEntry e = recorded.value();
        Requests.created(ctx, recorded.isNew(), API + "/agreements/" + e.agreementId() + "/deliveries/" + e.id(), DeliveryView.of(e));
    }
}
