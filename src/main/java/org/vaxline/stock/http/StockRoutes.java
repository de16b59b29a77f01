package org.vaxline.stock.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.id.Recorded;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.application.RecordMovement;
import org.vaxline.stock.application.StockQueries;
import org.vaxline.stock.domain.StockMovement;
import org.vaxline.stock.store.StockLedger;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.vaxline.platform.http.HttpServer.API;

/** The stock ledger over HTTP: movements, on hand, expiring lots and transfers in transit. */
public final class StockRoutes implements Routes {
    private final RecordMovement recordMovement;
    private final StockQueries queries;
    public StockRoutes(RecordMovement recordMovement, StockQueries queries) {
        this.recordMovement = recordMovement;
        this.queries = queries;
    }

    /** The answer to a movement: the request and the entries it made. */
    record MovementAnswer(UUID requestId, List<MovementView> entries) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/stock/movements", this::record);
        routes.get(API + "/stock/movements", this::ledger);
        routes.get(API + "/stock/movements/{requestId}", ctx -> {
            List<StockMovement> entries = queries.request(Requests.pathId(ctx, "requestId"));
            if (entries.isEmpty()) {
                throw VaxlineException.notFound("stock movement request", ctx.pathParam("requestId"));
            }
            ctx.json(answer(entries));
        });
        // The country at a glance, per province and lot; the unscoped /stock/onhand below still lists every facility and lot.
        routes.get(API + "/stock/onhand/national", ctx -> ctx.json(queries.nationalOnHand(Requests.queryId(ctx, "product"))));
        routes.get(API + "/stock/onhand", ctx -> ctx.json(queries.onHand(Requests.queryId(ctx, "facility"), ctx.queryParam("province"),
                Requests.queryId(ctx, "product"), Requests.queryDate(ctx, "asOf"))));
        routes.get(API + "/stock/expiring", ctx -> ctx.json(new Page<>(queries.expiring(days(ctx), Requests.queryId(ctx, "facility"),
                ctx.queryParam("province")), null)));
        routes.get(API + "/stock/transfers/in-transit", ctx -> ctx.json(new Page<>(
                queries.inTransit(Requests.queryId(ctx, "facility")).stream().map(MovementView::of).toList(), null)));
    }

    private void record(Context ctx) {
        MovementRequest body = Requests.body(ctx, MovementRequest.class);
        MovementRequest request = body.withId(Requests.clientId(ctx, body.id()));
        Recorded<List<StockMovement>> recorded = recordMovement.record(Requests.actor(ctx), request);
        UUID requestId = recorded.value().get(0).requestId();
        Requests.created(ctx, recorded.isNew(), API + "/stock/movements/" + requestId, answer(recorded.value()));
    }

    private void ledger(Context ctx) {
        StockLedger.LedgerFilter filter = new StockLedger.LedgerFilter(Requests.queryId(ctx, "facility"), Requests.queryId(ctx, "lot"),
                Requests.queryDate(ctx, "from"), Requests.queryDate(ctx, "to"));
        Page<StockMovement> page = queries.ledger(filter, Requests.cursor(ctx), Requests.limit(ctx));
        ctx.json(new Page<>(page.items().stream().map(MovementView::of).toList(), page.next()));
    }

    private static MovementAnswer answer(List<StockMovement> entries) {
        return new MovementAnswer(entries.get(0).requestId(), entries.stream().map(MovementView::of).toList());
    }

    /** The window asked for, or null for each product's own warning period. */
    private static Integer days(Context ctx) {
        String text = ctx.queryParam("days");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int days = Integer.parseInt(text);
            if (days >= 0 && days <= 3650) {
                return days;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "days: must be a whole number from 0 to 3650",
                Map.of("days", "must be a whole number from 0 to 3650"), Map.of());
    }

}
