package org.vaxline.web;

import org.vaxline.access.application.AccessService;
import org.vaxline.agreement.application.AgreementQueries;
import org.vaxline.coverage.application.CoverageQueries;
import org.vaxline.facility.application.Facilities;
import org.vaxline.platform.http.Routes;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.shipment.application.ShipmentQueries;
import org.vaxline.stock.application.StockQueries;

import java.time.Clock;

/** The web application, wired on the modules' public application services: the composition root's entry point. */
public final class WebModule {
    private final WebRoutes routes;

    public WebModule(AccessService access, AgreementQueries agreements, ShipmentQueries shipments, StockQueries stock,
                     DoseQueries doses, CoverageQueries coverage, Facilities facilities, Clock clock) {
        Overview overview = new Overview(agreements, shipments, stock, doses, clock);
        this.routes = new WebRoutes(access, overview, stock, coverage, facilities, new WebTemplates());
    }

    public Routes routes() {
        return routes;
    }
}
