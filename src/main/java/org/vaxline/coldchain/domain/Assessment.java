package org.vaxline.coldchain.domain;

import org.vaxline.lot.domain.HoldOutcome;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the assessment of one held lot found: back to use, or discarded (its doses there written off as wastage).
 *
 * @param wastageRequestId the stock movement that wrote the doses off, or null when none were left
 */
public record Assessment(HoldOutcome outcome, String note, long dosesDiscarded, UUID wastageRequestId,
                         Instant assessedAt, String assessedBy) {

    /** A retry says the same; anything else is a second assessment. */
    public boolean sameAs(HoldOutcome otherOutcome, String otherNote) {
        return outcome == otherOutcome && Objects.equals(note, otherNote);
    }
}
