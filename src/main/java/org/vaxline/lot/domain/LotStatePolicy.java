package org.vaxline.lot.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Derives a lot's state from its ledgers; the projection stores what this computes, and a rebuild compares with it. */
public final class LotStatePolicy {
    private LotStatePolicy() {
    }

    public static LotState stateOf(Lot lot, Optional<ReleaseDecision> decision, Collection<Hold> holds,
                                   Collection<ShelfLifeDecision> shelfLife) {
        LotStatus status = decision.map(d -> d.decision() == DecisionKind.RELEASE ? LotStatus.RELEASED : LotStatus.REJECTED)
                .orElse(LotStatus.QUARANTINED);
        boolean everywhere = false;
        Set<UUID> facilities = new HashSet<>();
        for (Hold hold : holds) {
            if (!hold.isOpen()) {
                continue;
            }
            if (hold.facilityId() == null) {
                everywhere = true;
            } else {
                facilities.add(hold.facilityId());
            }
        }
        return new LotState(lot.id(), lot.productId(), lot.lotNumber(), lot.gtin(), lot.manufacturedOn(), lot.labelledExpiry(),
                ShelfLifePolicy.expiryInForce(lot, shelfLife), status,
                decision.filter(d -> d.decision() == DecisionKind.RELEASE).map(ReleaseDecision::decidedOn).orElse(null),
                everywhere, facilities);
    }
}
