package org.vaxline.lot.application;

import org.vaxline.lot.domain.LotState;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The question every movement and every dose asks of a lot: may it be used here on that day?
 * Only released, unexpired lots that are not on hold at the facility may move to a site or be administered.
 */
public interface LotAvailability {
    Optional<LotState> state(UUID lotId);

    List<LotState> states(Collection<UUID> lotIds);

    /**
     * The lot's state as one facility sees it, in one read: its holds elsewhere are left out, so the state answers
     * {@link LotState#onHoldAt} rightly for that facility only.
     */
    default Optional<LotState> stateAt(UUID lotId, UUID facilityId) {
        return state(lotId);
    }

    /**
     * Reads these lots' states into the caller's transaction in one statement, for {@link #stateAt} to answer from
     * without a read of its own: a batch of doses asks it before its first dose (issue 13).
     */
    default void readAhead(Collection<UUID> lotIds) {
    }

    /**
     * The lot's state when it may be used at the facility on the day; otherwise a named rejection:
     * 404 for an unknown lot, 422 LOT_QUARANTINED, LOT_REJECTED, LOT_ON_HOLD or LOT_EXPIRED.
     */
    LotState requireUsable(UUID lotId, UUID facilityId, LocalDate on);
}
