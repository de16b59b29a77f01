package org.vaxline.lot.domain;

import org.vaxline.platform.error.Violations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/** Checks shelf-life decisions and works out the expiry in force of a lot. */
public final class ShelfLifePolicy {
    /** Longer than any vaccine keeps: a typo guard, not a rule of science. */
    static final int MAX_MONTHS = 120;

    private ShelfLifePolicy() {
    }

    public static ShelfLifeDecision decide(UUID productId, UUID id, NewShelfLifeDecision request, LocalDate today,
                                           Instant now, String actor) {
        Violations v = new Violations();
        v.check(request.months() != null, "months", "is required");
        v.check(request.months() == null || request.months() >= 1 && request.months() <= MAX_MONTHS, "months",
                "must be from 1 to " + MAX_MONTHS);
        v.check(request.decidedOn() != null, "decidedOn", "is required");
        v.check(request.decidedOn() == null || !request.decidedOn().isAfter(today), "decidedOn",
                "must not be in the future (today is " + today + ")");
        String authority = ReleasePolicy.trimmed(request.authority());
        String reference = ReleasePolicy.trimmed(request.reference());
        v.check(authority != null, "authority", "is required (who decided)");
        v.check(reference != null, "reference", "is required (the decision's number or document)");
        v.check(request.manufacturedFrom() == null || request.manufacturedTo() == null
                        || !request.manufacturedTo().isBefore(request.manufacturedFrom()),
                "manufacturedTo", "must not be before manufacturedFrom (" + request.manufacturedFrom() + ")");
        v.throwIfAny(LotError.SHELF_LIFE_DECISION_INVALID);
        return new ShelfLifeDecision(id, productId, request.months(), request.decidedOn(), authority, reference,
                request.manufacturedFrom(), request.manufacturedTo(), now, actor);
    }

    /**
     * The label's expiry, unless the latest decision covering the lot gives a later one (manufacture + its months).
     * A decision never brings the expiry before the label: what was printed stays usable.
     */
    public static LocalDate expiryInForce(Lot lot, Collection<ShelfLifeDecision> decisions) {
        return decisions.stream().filter(d -> d.covers(lot)).max(ShelfLifeDecision.IN_FORCE_ORDER)
                .map(d -> lot.manufacturedOn().plusMonths(d.months()))
                .filter(extended -> extended.isAfter(lot.labelledExpiry()))
                .orElse(lot.labelledExpiry());
    }
}
