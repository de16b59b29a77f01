package org.vaxline.lot.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A lot's final release decision: released with the laboratory's certificate, or rejected with a reason.
 * A lot has at most one; a released lot that must be stopped later is put on hold (a recall), not rejected.
 */
public record ReleaseDecision(UUID id, UUID lotId, DecisionKind decision, String certificateNumber, String reason,
                              LocalDate decidedOn, Instant recordedAt, String recordedBy) {

    public boolean sameContentAs(ReleaseDecision other) {
        return lotId.equals(other.lotId) && decision == other.decision
                && Objects.equals(certificateNumber, other.certificateNumber) && Objects.equals(reason, other.reason)
                && decidedOn.equals(other.decidedOn);
    }
}
