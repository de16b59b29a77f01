package org.vaxline.aefi.application;

import org.vaxline.aefi.domain.AefiCase;
import org.vaxline.aefi.domain.AefiFilter;
import org.vaxline.aefi.store.AefiLedger;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.store.Store;

import java.util.UUID;

/** Reads adverse event reports in their current state. */
public final class AefiQueries {
    private final Store store;
    private final Facilities facilities;
    private final LotAvailability lots;
    private final AefiLedger ledger;

    public AefiQueries(Store store, Facilities facilities, LotAvailability lots, AefiLedger ledger) {
        this.store = store;
        this.facilities = facilities;
        this.lots = lots;
        this.ledger = ledger;
    }

    public AefiCase get(UUID id) {
        return store.read(h -> new AefiCase(
                ledger.find(h, id).orElseThrow(() -> VaxlineException.notFound("adverse event report", id)),
                ledger.followups(h, id)));
    }

    /** An unknown lot or province is a 404, not an empty list. */
    public Page<AefiCase> page(AefiFilter filter, UUID after, int limit) {
        if (filter.lotId() != null) {
            lots.state(filter.lotId()).orElseThrow(() -> VaxlineException.notFound("lot", filter.lotId()));
        }
        if (filter.provinceCode() != null) {
            facilities.province(filter.provinceCode()).orElseThrow(() -> VaxlineException.notFound("province", filter.provinceCode()));
        }
        return store.read(h -> Page.of(ledger.page(h, filter, after, limit + 1).stream()
                .map(r -> new AefiCase(r, ledger.followups(h, r.id()))).toList(), limit, c -> c.report().id().toString()));
    }
}
