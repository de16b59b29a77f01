package org.vaxline.web;

import org.vaxline.access.application.AccessService;
import org.vaxline.aefi.application.AefiQueries;
import org.vaxline.aefi.application.ChangeSignalSettings;
import org.vaxline.aefi.application.LotSignals;
import org.vaxline.aefi.application.RecallLot;
import org.vaxline.agreement.application.AgreementQueries;
import org.vaxline.coldchain.application.ExcursionQueries;
import org.vaxline.lot.application.LotQueries;
import org.vaxline.coverage.application.CoverageQueries;
import org.vaxline.coverage.application.CoverageTargets;
import org.vaxline.facility.application.Facilities;
import org.vaxline.platform.http.Routes;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.shipment.application.ShipmentQueries;
import org.vaxline.stock.application.StockQueries;

import java.time.Clock;

/** The web application, wired on the modules' public application services: the composition root's entry point. */
public final class WebModule {
    private final WebRoutes routes;
    private final WebGate gate;

    public WebModule(AccessService access, AgreementQueries agreements, ShipmentQueries shipments, StockQueries stock,
                     DoseQueries doses, CoverageQueries coverage, Facilities facilities, ExcursionQueries excursions,
                     LotQueries lots, RecallLot recalls, LotSignals signals, ChangeSignalSettings aefiSettings, AefiQueries aefi, CoverageTargets targets,
                     Clock clock) {
        WebTemplates templates = new WebTemplates();
        this.gate = new WebGate(access, templates);
        Overview overview = new Overview(agreements, shipments, stock, doses, clock);
        StockPages stockPages = new StockPages(stock, new StockView(stock, excursions, facilities), lots, shipments, doses, recalls);
        this.routes = new WebRoutes(access, overview, stockPages, new SafetyView(signals, aefiSettings, aefi),
                new CoverageView(coverage, targets, doses), targets, stock, coverage, facilities, templates);
    }

    /** Sign-in and page rendering for web features built on this application (the site workspace). */
    public WebGate gate() {
        return gate;
    }

    public Routes routes() {
        return routes;
    }
}
