package org.vaxline.lot.application;

import org.vaxline.lot.domain.Hold;
import org.vaxline.lot.domain.HoldLift;
import org.vaxline.lot.domain.HoldOutcome;
import org.vaxline.lot.domain.HoldPolicy;
import org.vaxline.lot.store.HoldLedger;
import org.vaxline.lot.store.LotStateProjection;
import org.vaxline.lot.store.LotStore;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.UUID;

/**
 * Ends a hold with what its assessment found: RELEASED back to use, or DISCARDED (the stock ledger then writes the
 * stock off; this records only the outcome). Who may hold a lot there may lift the hold.
 */
public final class LiftHold {
    private final Store store;
    private final Clock clock;
    private final HoldAuthority authority;
    private final LotStore lots;
    private final HoldLedger ledger;
    private final LotStateProjection states;

    public LiftHold(Store store, Clock clock, LotReferences references, LotStore lots, HoldLedger ledger,
                    LotStateProjection states) {
        this.store = store;
        this.clock = clock;
        this.authority = new HoldAuthority(references);
        this.lots = lots;
        this.ledger = ledger;
        this.states = states;
    }

    /** @param lotId the lot the hold must belong to, or null when only the hold id is known (the command line) */
    public Recorded<Hold> lift(Actor actor, UUID lotId, UUID holdId, HoldOutcome outcome, String note) {
        return store.inTransaction(h -> {
            Hold hold = ledger.find(h, holdId).filter(x -> lotId == null || x.lotId().equals(lotId))
                    .orElseThrow(() -> VaxlineException.notFound("hold", holdId + (lotId == null ? "" : " of lot " + lotId)));
            authority.require(actor, hold.facilityId(), "lift a hold");
            HoldLift lift = HoldPolicy.lift(hold, outcome, note, clock.instant(), actor.name());
            if (!hold.isOpen()) {
                return Recorded.existing(hold);
            }
            ledger.lift(h, lift);
            states.refresh(h, lots.find(h, hold.lotId()).orElseThrow());
            return Recorded.created(hold.lifted(lift));
        });
    }
}
