package org.vaxline.shipment.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.id.Recorded;
import org.vaxline.shipment.application.ReceiveShipment;
import org.vaxline.shipment.application.ReceivedShipment;
import org.vaxline.shipment.application.ShipmentQueries;
import org.vaxline.shipment.domain.NewShipment;
import org.vaxline.shipment.domain.Shipment;

import static org.vaxline.platform.http.HttpServer.API;

/** Shipments over HTTP: receive one (201 new, 200 retry), list them, read one with its lots. */
public final class ShipmentRoutes implements Routes {
    private final ReceiveShipment receiveShipment;
    private final ShipmentQueries queries;

    public ShipmentRoutes(ReceiveShipment receiveShipment, ShipmentQueries queries) {
        this.receiveShipment = receiveShipment;
        this.queries = queries;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/shipments", this::list);
        routes.post(API + "/shipments", this::receive);
        routes.get(API + "/shipments/{id}", ctx -> ctx.json(ShipmentView.of(queries.find(Requests.pathId(ctx, "id")))));
    }

    private void list(Context ctx) {
        Page<ReceivedShipment> page = queries.page(Requests.queryId(ctx, "agreement"), Requests.cursor(ctx), Requests.limit(ctx));
        ctx.json(new Page<>(page.items().stream().map(ShipmentView::of).toList(), page.next()));
    }

    private void receive(Context ctx) {
        NewShipment body = Requests.body(ctx, NewShipment.class);
        Recorded<Shipment> recorded = receiveShipment.receive(Requests.actor(ctx), body.withId(Requests.clientId(ctx, body.id())));
        Shipment s = recorded.value();
        Requests.created(ctx, recorded.isNew(), API + "/shipments/" + s.id(), ShipmentView.of(queries.withStatus(s)));
    }
}
