package org.vaxline.aefi.application;

import org.vaxline.aefi.domain.AefiError;
import org.vaxline.aefi.domain.AefiRules;
import org.vaxline.aefi.domain.Recall;
import org.vaxline.aefi.store.RecallLedger;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Recalls a lot: one hold everywhere (source RECALL), the recall itself and the facilities holding doses of the lot
 * at that moment, in one transaction; answers with those facilities and everyone who received the lot.
 * National programme only. A lot is recalled once; the same recall retried answers the same.
 */
public final class RecallLot {
    private final Store store;
    private final Clock clock;
    private final LotAvailability lots;
    private final PlaceHold placeHold;
    private final StockQueries stock;
    private final AdministeredDoses doses;
    private final RecallLedger ledger;

    public RecallLot(Store store, Clock clock, LotAvailability lots, PlaceHold placeHold, StockQueries stock,
                     AdministeredDoses doses, RecallLedger ledger) {
        this.store = store;
        this.clock = clock;
        this.lots = lots;
        this.placeHold = placeHold;
        this.stock = stock;
        this.doses = doses;
        this.ledger = ledger;
    }

    /** The recall's id when the client gives none: one per lot, so a re-run is harmless. */
    public static UUID defaultId(UUID lotId) {
        return Ids.fromName("recall:lot:" + lotId);
    }

    /** The hold a recall places, fixed by the recall's id. */
    public static UUID holdId(UUID recallId) {
        return Ids.fromName("recall:" + recallId + ":hold");
    }

    public Recorded<RecallReport> recall(Actor actor, UUID lotId, RecallRequest r) {
        actor.requireNational("recall a lot");
        AefiRules.validateRecall(r.reason());
        String reason = AefiRules.trimmed(r.reason());
        UUID id = r.id() == null ? defaultId(lotId) : r.id();
        return store.inTransaction(h -> {
            LotState lot = lots.state(lotId).orElseThrow(() -> VaxlineException.notFound("lot", lotId));
            // The lot's recall is read before the id: on PostgreSQL each statement sees what committed before it, so a
            // parallel retry that commits in between is found by the second read, never taken for a second recall.
            Optional<Recall> earlier = ledger.ofLot(h, lotId);
            Optional<Recall> existing = earlier.filter(e -> e.id().equals(id)).or(() -> ledger.find(h, id));
            if (existing.isPresent()) {
                boolean same = existing.get().lotId().equals(lotId) && existing.get().reason().equals(reason);
                return Idempotent.retry("recall", id, same ? report(existing.get(), lot) : null, same);
            }
            if (earlier.isPresent()) {
                throw new VaxlineException(AefiError.LOT_ALREADY_RECALLED, "lot " + lot.lotNumber() + " was already recalled by "
                        + earlier.get().recordedBy() + " at " + earlier.get().recordedAt() + " (recall " + earlier.get().id() + ")",
                        Map.of(), Map.of("recallId", earlier.get().id().toString()));
            }
            UUID holdId = holdId(id);
            placeHold.place(actor, lotId, new NewHold(holdId, null, "recall: " + reason, HoldSource.RECALL, id));
            Recall recall = new Recall(id, lotId, reason, holdId, clock.instant(), actor.name(), holding(lot));
            ledger.insert(h, recall);
            // Read back, so the first answer and every retry list the facilities in the same order.
            return Recorded.created(report(ledger.find(h, id).orElseThrow(), lot));
        });
    }

    public Optional<RecallReport> ofLot(UUID lotId) {
        LotState lot = lots.state(lotId).orElseThrow(() -> VaxlineException.notFound("lot", lotId));
        return store.read(h -> ledger.ofLot(h, lotId).map(r -> report(r, lot)));
    }

    /** Facilities with doses of the lot on hand today, read through the stock ledger inside this transaction. */
    private List<Recall.HoldingFacility> holding(LotState lot) {
        return stock.onHand(null, null, lot.productId(), null).lines().stream()
                .filter(l -> l.lotId().equals(lot.lotId()) && l.quantity() > 0)
                .map((OnHandReport.Line l) -> new Recall.HoldingFacility(l.facilityId(), l.facilityCode(), l.provinceCode(), l.quantity()))
                .toList();
    }

    /** Recipients are read from the registry each time: none can be added once the lot is held everywhere. */
    private RecallReport report(Recall recall, LotState lot) {
        return new RecallReport(recall, lot.lotNumber(), doses.recipientsOfLot(recall.lotId()));
    }
}
