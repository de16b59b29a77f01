package org.vaxline.aefi.http;

import org.vaxline.aefi.application.AdministeredDoses;
import org.vaxline.aefi.application.RecallReport;
import org.vaxline.aefi.domain.Recall;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recall on the wire: the hold placed everywhere, who received the lot, and where doses of it were held. */
record RecallView(UUID id, UUID lotId, String lotNumber, String reason, UUID holdId, Instant recordedAt, String recordedBy,
                  List<AdministeredDoses.Recipient> recipients, List<Recall.HoldingFacility> facilitiesHolding) {

    static RecallView of(RecallReport r) {
        Recall recall = r.recall();
        return new RecallView(recall.id(), recall.lotId(), r.lotNumber(), recall.reason(), recall.holdId(), recall.recordedAt(),
                recall.recordedBy(), r.recipients(), recall.facilitiesHolding());
    }
}
