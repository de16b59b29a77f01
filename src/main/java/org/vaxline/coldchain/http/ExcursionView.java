package org.vaxline.coldchain.http;

import org.vaxline.coldchain.application.ExcursionReport;
import org.vaxline.coldchain.domain.Assessment;
import org.vaxline.coldchain.domain.Excursion;
import org.vaxline.coldchain.domain.ExcursionLot;
import org.vaxline.lot.domain.HoldOutcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An excursion on the wire, with the lots it held (and their assessments) and the lots it spared. */
record ExcursionView(UUID id, UUID facilityId, String facilityCode, UUID shipmentId, Instant startedAt, int durationMinutes,
                     double lowestC, double highestC, String note, Instant recordedAt, String recordedBy, boolean open,
                     List<LotView> affected, List<LotView> spared) {

    static ExcursionView of(ExcursionReport r) {
        Excursion e = r.excursion();
        return new ExcursionView(e.id(), e.facilityId(), r.facilityCode(), e.shipmentId(), e.startedAt(), e.durationMinutes(),
                e.lowestC(), e.highestC(), e.note(), e.recordedAt(), e.recordedBy(), r.open(),
                r.affected().stream().map(LotView::of).toList(), r.spared().stream().map(LotView::of).toList());
    }

    record LotView(UUID lotId, String lotNumber, UUID productId, long dosesOnHand, double storageMinC, double storageMaxC,
                   UUID holdId, AssessmentView assessment) {
        static LotView of(ExcursionLot l) {
            return new LotView(l.lotId(), l.lotNumber(), l.productId(), l.dosesOnHand(), l.storage().minC(), l.storage().maxC(),
                    l.holdId(), l.assessment() == null ? null : AssessmentView.of(l.assessment()));
        }
    }

    record AssessmentView(HoldOutcome outcome, String note, long dosesDiscarded, UUID wastageRequestId, Instant assessedAt,
                          String assessedBy) {
        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.outcome(), a.note(), a.dosesDiscarded(), a.wastageRequestId(), a.assessedAt(), a.assessedBy());
        }
    }
}
