package org.vaxline.coldchain.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.coldchain.domain.Excursion;
import org.vaxline.coldchain.store.ExcursionLedger;
import org.vaxline.coldchain.store.ExcursionLotLedger;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.store.Store;

import java.util.List;
import java.util.UUID;

/** Reads excursions with the lots they held or spared and the assessments made so far. */
public final class ExcursionQueries {
    private final Store store;
    private final Facilities facilities;
    private final ExcursionLedger excursions;
    private final ExcursionLotLedger lots;

    public ExcursionQueries(Store store, Facilities facilities, ExcursionLedger excursions, ExcursionLotLedger lots) {
        this.store = store;
        this.facilities = facilities;
        this.excursions = excursions;
        this.lots = lots;
    }

    public ExcursionReport report(UUID id) {
        return store.read(h -> report(h, excursions.find(h, id).orElseThrow(() -> VaxlineException.notFound("excursion", id))));
    }

    /**
     * @param facilityId only this facility's excursions (404 when unknown), or null for all
     * @param open       true: only those with a held lot awaiting assessment; false: only settled ones; null: both
     */
    public Page<ExcursionReport> page(UUID facilityId, Boolean open, UUID after, int limit) {
        if (facilityId != null) {
            facilities.find(facilityId).orElseThrow(() -> VaxlineException.notFound("facility", facilityId));
        }
        return store.read(h -> {
            List<ExcursionReport> fetched = excursions.page(h, facilityId, open, after, limit + 1).stream()
                    .map(e -> report(h, e)).toList();
            return Page.of(fetched, limit, r -> r.excursion().id().toString());
        });
    }

    ExcursionReport report(Handle h, Excursion excursion) {
        String code = facilities.find(excursion.facilityId()).map(Facility::code).orElse(null);
        return ExcursionReport.of(excursion, code, lots.of(h, excursion.id()));
    }
}
