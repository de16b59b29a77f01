package org.vaxline.aefi.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A later word on a report: a new causality classification, a new outcome, or both (null: unchanged).
 */
public record Followup(UUID id, UUID reportId, Causality classification, AefiOutcome outcome, String note,
                       Instant recordedAt, String recordedBy) {

    public boolean sameContentAs(Followup other) {
        return id.equals(other.id) && reportId.equals(other.reportId) && classification == other.classification
                && outcome == other.outcome && Objects.equals(note, other.note);
    }
}
