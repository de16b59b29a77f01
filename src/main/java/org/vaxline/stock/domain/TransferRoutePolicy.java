package org.vaxline.stock.domain;

import org.vaxline.facility.domain.Facility;
import org.vaxline.platform.error.VaxlineException;

import java.util.Map;

/**
 * Doses follow the facility tree: a transfer goes to a child of the sending facility (its supply) or to its parent
 * (a return). Any other move, lateral or skipping a level, leaves the chain that accounts for them; only the national
 * programme may order it, and it must say why, so the reason stays with the entry.
 */
public final class TransferRoutePolicy {
    private TransferRoutePolicy() {
    }

    /** How a transfer relates to the tree. */
    public enum Route {
        /** To a child of the sending facility. */
        DOWN,
        /** To the sending facility's parent. */
        RETURN,
        /** Lateral or skipping, ordered by a national user with a reason. */
        OVERRIDDEN
    }

    /**
     * @param national whether the actor is a national programme admin
     * @param reason   the client's {@code hierarchyOverrideReason}, possibly blank
     * @throws VaxlineException TRANSFER_OUTSIDE_HIERARCHY for anyone else, HIERARCHY_OVERRIDE_NEEDS_REASON for a
     *                          national user without a reason
     */
    public static Route decide(Facility from, Facility to, boolean national, String reason) {
        if (from.id().equals(to.parentId())) {
            return Route.DOWN;
        }
        if (to.id().equals(from.parentId())) {
            return Route.RETURN;
        }
        String route = from.code() + " (" + from.type() + ") to " + to.code() + " (" + to.type() + ")";
        if (!national) {
            throw new VaxlineException(StockError.TRANSFER_OUTSIDE_HIERARCHY,
                    "toFacilityId: a transfer goes to a facility " + from.code() + " supplies, or back to its parent; "
                            + route + " is neither, and only a national programme admin may order it",
                    Map.of("toFacilityId", "not a child nor the parent of " + from.code()), Map.of());
        }
        if (reason == null || reason.isBlank()) {
            throw new VaxlineException(StockError.HIERARCHY_OVERRIDE_NEEDS_REASON,
                    "hierarchyOverrideReason: " + route + " is neither to a child nor to the parent; say why it leaves the hierarchy",
                    Map.of("hierarchyOverrideReason", "required for a transfer outside the facility hierarchy"), Map.of());
        }
        return Route.OVERRIDDEN;
    }
}
