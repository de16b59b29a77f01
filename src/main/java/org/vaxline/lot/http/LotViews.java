package org.vaxline.lot.http;

import org.vaxline.lot.application.LotDetail;
import org.vaxline.lot.domain.DecisionKind;
import org.vaxline.lot.domain.Hold;
import org.vaxline.lot.domain.HoldOutcome;
import org.vaxline.lot.domain.HoldSource;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.lot.domain.ReleaseDecision;
import org.vaxline.lot.domain.ShelfLifeDecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Lots and their ledger entries on the wire. */
final class LotViews {
    private LotViews() {
    }

    record LotView(UUID id, UUID productId, String lotNumber, String gtin, LocalDate manufacturedOn, LocalDate labelledExpiry,
                   LocalDate expiresOn, LotStatus status, boolean heldEverywhere, List<UUID> heldAtFacilities) {
        static LotView of(LotState s) {
            return new LotView(s.lotId(), s.productId(), s.lotNumber(), s.gtin(), s.manufacturedOn(), s.labelledExpiry(),
                    s.expiresOn(), s.status(), s.heldEverywhere(), s.heldAtFacilities().stream().sorted().toList());
        }
    }

    record LotDetailView(LotView lot, Instant createdAt, String createdBy, DecisionView decision, List<HoldView> holds) {
        static LotDetailView of(LotDetail d) {
            return new LotDetailView(LotView.of(d.state()), d.lot().createdAt(), d.lot().createdBy(),
                    d.decision() == null ? null : DecisionView.of(d.decision()), d.holds().stream().map(HoldView::of).toList());
        }
    }

    record DecisionView(UUID id, UUID lotId, DecisionKind decision, String certificateNumber, String reason, LocalDate decidedOn,
                        Instant recordedAt, String recordedBy) {
        static DecisionView of(ReleaseDecision d) {
            return new DecisionView(d.id(), d.lotId(), d.decision(), d.certificateNumber(), d.reason(), d.decidedOn(),
                    d.recordedAt(), d.recordedBy());
        }
    }

    record LiftView(HoldOutcome outcome, String note, Instant liftedAt, String liftedBy) {
    }

    record HoldView(UUID id, UUID lotId, UUID facilityId, String reason, HoldSource source, UUID sourceId, Instant placedAt,
                    String placedBy, boolean open, LiftView lift) {
        static HoldView of(Hold h) {
            return new HoldView(h.id(), h.lotId(), h.facilityId(), h.reason(), h.source(), h.sourceId(), h.placedAt(), h.placedBy(),
                    h.isOpen(), h.lift() == null ? null
                    : new LiftView(h.lift().outcome(), h.lift().note(), h.lift().liftedAt(), h.lift().liftedBy()));
        }
    }

    record ShelfLifeView(UUID id, UUID productId, int months, LocalDate decidedOn, String authority, String reference,
                         LocalDate manufacturedFrom, LocalDate manufacturedTo, Instant recordedAt, String recordedBy) {
        static ShelfLifeView of(ShelfLifeDecision d) {
            return new ShelfLifeView(d.id(), d.productId(), d.months(), d.decidedOn(), d.authority(), d.reference(),
                    d.manufacturedFrom(), d.manufacturedTo(), d.recordedAt(), d.recordedBy());
        }
    }
}
