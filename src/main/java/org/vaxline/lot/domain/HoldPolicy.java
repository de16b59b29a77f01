package org.vaxline.lot.domain;

import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;

import java.time.Instant;
import java.util.UUID;

/** Checks holds and their lifts. */
public final class HoldPolicy {
    private HoldPolicy() {
    }

    public static Hold place(UUID lotId, UUID id, NewHold request, Instant now, String actor) {
        Violations v = new Violations();
        String reason = ReleasePolicy.trimmed(request.reason());
        v.check(reason != null, "reason", "is required");
        v.check(request.source() != null, "source", "is required (EXCURSION, RECALL or MANUAL)");
        v.throwIfAny(LotError.LOT_HOLD_INVALID);
        return new Hold(id, lotId, request.facilityId(), reason, request.source(), request.sourceId(), now, actor, null);
    }

    /** A hold is lifted once; a retry of the same lift finds it, another lift is refused. */
    public static HoldLift lift(Hold hold, HoldOutcome outcome, String note, Instant now, String actor) {
        if (outcome == null) {
            throw VaxlineException.field(LotError.LOT_HOLD_INVALID, "outcome", "is required (RELEASED or DISCARDED)");
        }
        HoldLift lift = new HoldLift(hold.id(), outcome, ReleasePolicy.trimmed(note), now, actor);
        if (!hold.isOpen() && !hold.lift().sameContentAs(lift)) {
            throw new VaxlineException(LotError.LOT_HOLD_ALREADY_LIFTED, "hold " + hold.id() + " was already lifted ("
                    + hold.lift().outcome() + " by " + hold.lift().liftedBy() + " at " + hold.lift().liftedAt() + ")");
        }
        return lift;
    }
}
