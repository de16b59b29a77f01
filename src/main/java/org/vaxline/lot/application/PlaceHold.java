package org.vaxline.lot.application;

import org.vaxline.lot.domain.Hold;
import org.vaxline.lot.domain.HoldPolicy;
import org.vaxline.lot.domain.Lot;
import org.vaxline.lot.domain.NewHold;
import org.vaxline.lot.store.HoldLedger;
import org.vaxline.lot.store.LotStateProjection;
import org.vaxline.lot.store.LotStore;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts a lot on hold at one facility or everywhere (an excursion, a recall, a manual stop). Several holds may be open
 * at once; the lot stays held where any open hold covers it. Joins the caller's transaction (the excursion feature).
 */
public final class PlaceHold {
    private final Store store;
    private final Clock clock;
    private final HoldAuthority authority;
    private final LotStore lots;
    private final HoldLedger ledger;
    private final LotStateProjection states;

    public PlaceHold(Store store, Clock clock, LotReferences references, LotStore lots, HoldLedger ledger,
                     LotStateProjection states) {
        this.store = store;
        this.clock = clock;
        this.authority = new HoldAuthority(references);
        this.lots = lots;
        this.ledger = ledger;
        this.states = states;
    }

    /** @return the hold (its id lifts it later); a retry with the same id finds it */
    public Recorded<Hold> place(Actor actor, UUID lotId, NewHold request) {
        authority.require(actor, request.facilityId(), "put a lot on hold");
        UUID id = request.id() == null ? Ids.newId() : request.id();
        return store.inTransaction(h -> {
            Lot lot = lots.find(h, lotId).orElseThrow(() -> VaxlineException.notFound("lot", lotId));
            Hold hold = HoldPolicy.place(lot.id(), id, request, clock.instant(), actor.name());
            Optional<Hold> existing = ledger.find(h, id);
            if (existing.isPresent()) {
                return Idempotent.retry("hold", id, existing.get(), existing.get().sameContentAs(hold));
            }
            ledger.place(h, hold);
            states.refresh(h, lot);
            return Recorded.created(hold);
        });
    }
}
