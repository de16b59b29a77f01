package org.vaxline.coldchain.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Product;
import org.vaxline.coldchain.domain.Excursion;
import org.vaxline.coldchain.domain.ExcursionLot;
import org.vaxline.coldchain.domain.ExcursionPolicy;
import org.vaxline.coldchain.domain.StorageRange;
import org.vaxline.coldchain.store.ExcursionLedger;
import org.vaxline.coldchain.store.ExcursionLotLedger;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.application.PlaceHold;
import org.vaxline.lot.domain.HoldSource;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.NewHold;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.application.StockQueries;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a temperature excursion and, in the same transaction, holds every lot there whose product's storage range
 * it broke; the others are recorded as spared. A retry with the same id records nothing more.
 */
public final class RecordExcursion {
    private final Store store;
    private final Clock clock;
    private final Catalog catalog;
    private final Facilities facilities;
    private final LotAvailability lotStates;
    private final PlaceHold placeHold;
    private final StockAt stock;
    private final ShipmentLots shipments;
    private final ExcursionLedger excursions;
    private final ExcursionLotLedger lots;
    private final ExcursionQueries queries;

    public RecordExcursion(Store store, Clock clock, Catalog catalog, Facilities facilities, LotAvailability lotStates,
                           PlaceHold placeHold, StockQueries stock, ShipmentLots shipments, ExcursionLedger excursions,
                           ExcursionLotLedger lots, ExcursionQueries queries) {
        this.store = store;
        this.clock = clock;
        this.catalog = catalog;
        this.facilities = facilities;
        this.lotStates = lotStates;
        this.placeHold = placeHold;
        this.stock = new StockAt(stock);
        this.shipments = shipments;
        this.excursions = excursions;
        this.lots = lots;
        this.queries = queries;
    }

    public Recorded<ExcursionReport> record(Actor actor, ExcursionRequest r) {
        ExcursionPolicy.validate(r.facilityId(), r.startedAt(), r.durationMinutes(), r.lowestC(), r.highestC(), clock.instant());
        Facility at = facilities.find(r.facilityId()).orElseThrow(() -> VaxlineException.notFound("facility", r.facilityId()));
        actor.requireWriteAt(at.id(), at.provinceCode(), "record an excursion");
        Excursion excursion = new Excursion(r.id() == null ? Ids.newId() : r.id(), at.id(), at.provinceCode(), r.shipmentId(),
                r.startedAt(), r.durationMinutes(), r.lowestC(), r.highestC(), ExcursionPolicy.trimmed(r.note()),
                clock.instant(), actor.name());
        return store.inTransaction(h -> {
            Optional<Excursion> existing = excursions.find(h, excursion.id());
            if (existing.isPresent()) {
                return Idempotent.retry("excursion", excursion.id(), queries.report(h, existing.get()),
                        existing.get().sameContentAs(excursion));
            }
            excursions.insert(h, excursion);
            Actor holder = HoldDelegate.forHolds(actor, at);
            Map<UUID, StorageRange> ranges = new HashMap<>();
            for (Candidate c : candidates(excursion)) {
                StorageRange range = ranges.computeIfAbsent(c.productId(), this::storageRange);
                UUID holdId = null;
                if (range.brokenBy(excursion.lowestC(), excursion.highestC())) {
                    holdId = Ids.fromName("excursion:" + excursion.id() + ":lot:" + c.lotId());
                    String reason = excursion.holdReason(range, at.code()) + ", recorded by " + actor.name();
                    placeHold.place(holder, c.lotId(), new NewHold(holdId, at.id(), reason, HoldSource.EXCURSION, excursion.id()));
                }
                lots.insert(h, new ExcursionLot(excursion.id(), c.lotId(), c.lotNumber(), c.productId(), c.doses(), range, holdId, null));
            }
            return Recorded.created(queries.report(h, excursion));
        });
    }

    private record Candidate(UUID lotId, String lotNumber, UUID productId, long doses) {
    }

    /** The lots with doses on hand at the facility; for a shipment, the shipment's lots (perhaps not yet received). */
    private List<Candidate> candidates(Excursion e) {
        Map<UUID, OnHandReport.Line> onHand = stock.lots(e.facilityId());
        if (e.shipmentId() == null) {
            return onHand.values().stream()
                    .map(l -> new Candidate(l.lotId(), l.lotNumber(), l.productId(), l.quantity())).toList();
        }
        List<UUID> carried = shipments.lotsOf(e.shipmentId())
                .orElseThrow(() -> VaxlineException.notFound("shipment", e.shipmentId()));
        List<Candidate> candidates = new ArrayList<>();
        for (LotState lot : lotStates.states(carried)) {
            OnHandReport.Line line = onHand.get(lot.lotId());
            candidates.add(new Candidate(lot.lotId(), lot.lotNumber(), lot.productId(), line == null ? 0 : line.quantity()));
        }
        return candidates;
    }

    private StorageRange storageRange(UUID productId) {
        Product p = catalog.product(productId).orElseThrow(() -> VaxlineException.notFound("product", productId));
        return new StorageRange(p.storageMinC(), p.storageMaxC());
    }
}
