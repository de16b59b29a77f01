package org.vaxline.lot.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A release or rejection as asked for; {@code id} makes a retry harmless. */
public record ReleaseRequest(UUID id, DecisionKind decision, String certificateNumber, String reason, LocalDate decidedOn) {
    public static ReleaseRequest release(UUID id, String certificateNumber, LocalDate decidedOn) {
        return new ReleaseRequest(id, DecisionKind.RELEASE, certificateNumber, null, decidedOn);
    }

    public static ReleaseRequest reject(UUID id, String reason, LocalDate decidedOn) {
        return new ReleaseRequest(id, DecisionKind.REJECT, null, reason, decidedOn);
    }
}
