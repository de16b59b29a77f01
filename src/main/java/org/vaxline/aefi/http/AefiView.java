package org.vaxline.aefi.http;

import org.vaxline.aefi.domain.AefiCase;
import org.vaxline.aefi.domain.AefiOutcome;
import org.vaxline.aefi.domain.AefiReport;
import org.vaxline.aefi.domain.Causality;
import org.vaxline.aefi.domain.Followup;
import org.vaxline.aefi.domain.SeriousCriterion;
import org.vaxline.aefi.domain.Seriousness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A report on the wire in its current state (classification and outcome after the latest follow-up), with its follow-ups. */
record AefiView(UUID id, UUID doseId, UUID personId, UUID lotId, UUID productId, UUID siteId, String provinceCode,
                LocalDate givenOn, Instant onsetAt, Seriousness seriousness, List<SeriousCriterion> seriousCriteria,
                Causality classification, AefiOutcome outcome, String description, Instant recordedAt, String recordedBy,
                List<FollowupView> followups) {

    static AefiView of(AefiCase c) {
        AefiReport r = c.report();
        return new AefiView(r.id(), r.doseId(), r.personId(), r.lotId(), r.productId(), r.siteId(), r.provinceCode(), r.givenOn(),
                r.onsetAt(), r.seriousness(), r.seriousCriteria().stream().sorted().toList(), c.classification(), c.outcome(),
                r.description(), r.recordedAt(), r.recordedBy(), c.followups().stream().map(FollowupView::of).toList());
    }

    record FollowupView(UUID id, Causality classification, AefiOutcome outcome, String note, Instant recordedAt, String recordedBy) {
        static FollowupView of(Followup f) {
            return new FollowupView(f.id(), f.classification(), f.outcome(), f.note(), f.recordedAt(), f.recordedBy());
        }
    }
}
