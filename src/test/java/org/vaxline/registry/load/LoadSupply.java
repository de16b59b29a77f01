package org.vaxline.registry.load;

import org.vaxline.app.Vaxline;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityFilter;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.domain.MovementType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the load harnesses record doses against: the demo master data, one released Abdala lot (LOAD-1) and ten million
 * of its doses received at every vaccination site on one day.
 */
record LoadSupply(UUID abdala, List<Facility> sites, UUID lot) {
    static LoadSupply stock(Vaxline app, Actor admin, LocalDate receivedOn) {
        app.masterData().masterData().importDocument(admin, DemoMasterData.document());
        UUID abdala = app.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
        List<Facility> sites = app.facilities().facilities().list(new FacilityFilter(null, FacilityType.SITE, null), null, 100_000);
        UUID lot = Ids.newId();
        LocalDate expiry = LocalDate.parse("2022-02-28");
        app.lots().registerLots().register(admin, List.of(new NewLot(lot, abdala, "LOAD-1", DemoMasterData.ABDALA_GTIN,
                expiry.minusMonths(12), expiry)));
        app.lots().decideRelease().decide(admin, lot, ReleaseRequest.release(Ids.newId(), "NCL-LOAD-1", expiry.minusMonths(12).plusDays(14)));
        for (Facility site : sites) {
            app.stock().recordMovement().record(admin, new MovementRequest(Ids.newId(), MovementType.RECEIPT, site.id(), lot,
                    null, 10_000_000L, receivedOn, null, "load", null, null, null, null));
        }
        return new LoadSupply(abdala, sites, lot);
    }
}
