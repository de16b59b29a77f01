package org.vaxline.lot.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The end of a hold, with what the assessment found. Discarding the stock itself is the stock ledger's job. */
public record HoldLift(UUID holdId, HoldOutcome outcome, String note, Instant liftedAt, String liftedBy) {
    public boolean sameContentAs(HoldLift other) {
        return holdId.equals(other.holdId) && outcome == other.outcome && Objects.equals(note, other.note);
    }
}
