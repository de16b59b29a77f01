package org.vaxline.lot.domain;

import org.vaxline.platform.error.Violations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Checks a release decision: a release names its certificate, a rejection its reason, and neither is dated ahead. */
public final class ReleasePolicy {
    private ReleasePolicy() {
    }

    public static ReleaseDecision decide(Lot lot, UUID id, ReleaseRequest request, LocalDate today, Instant now, String actor) {
        Violations v = new Violations();
        v.check(request.decision() != null, "decision", "is required (RELEASE or REJECT)");
        String certificate = trimmed(request.certificateNumber());
        String reason = trimmed(request.reason());
        if (request.decision() == DecisionKind.RELEASE) {
            v.check(certificate != null, "certificateNumber", "is required to release a lot");
            v.check(reason == null, "reason", "is given only to reject a lot");
        } else if (request.decision() == DecisionKind.REJECT) {
            v.check(reason != null, "reason", "is required to reject a lot");
            v.check(certificate == null, "certificateNumber", "is given only to release a lot");
        }
        v.check(request.decidedOn() != null, "decidedOn", "is required");
        if (request.decidedOn() != null) {
            v.check(!request.decidedOn().isAfter(today), "decidedOn", "must not be in the future (today is " + today + ")");
            v.check(!request.decidedOn().isBefore(lot.manufacturedOn()), "decidedOn",
                    "must not be before the lot was made (" + lot.manufacturedOn() + ")");
        }
        v.throwIfAny(LotError.LOT_DECISION_INVALID);
        return new ReleaseDecision(id, lot.id(), request.decision(), certificate, reason, request.decidedOn(), now, actor);
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
