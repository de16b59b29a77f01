package org.vaxline.lot.application;

import org.vaxline.lot.domain.Lot;
import org.vaxline.lot.domain.LotError;
import org.vaxline.lot.domain.ReleaseDecision;
import org.vaxline.lot.domain.ReleasePolicy;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.lot.store.DecisionLedger;
import org.vaxline.lot.store.LotStateProjection;
import org.vaxline.lot.store.LotStore;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Records the national control laboratory's release or rejection of a lot: once, final. */
public final class DecideRelease {
    private final Store store;
    private final Clock clock;
    private final LotStore lots;
    private final DecisionLedger ledger;
    private final LotStateProjection states;

    public DecideRelease(Store store, Clock clock, LotStore lots, DecisionLedger ledger, LotStateProjection states) {
        this.store = store;
        this.clock = clock;
        this.lots = lots;
        this.ledger = ledger;
        this.states = states;
    }

    public Recorded<ReleaseDecision> decide(Actor actor, UUID lotId, ReleaseRequest request) {
        actor.requireNational("release or reject a lot");
        UUID id = request.id() == null ? Ids.newId() : request.id();
        return store.inTransaction(h -> {
            Lot lot = lots.find(h, lotId).orElseThrow(() -> VaxlineException.notFound("lot", lotId));
            ReleaseDecision attempted = ReleasePolicy.decide(lot, id, request, LocalDate.now(clock), clock.instant(), actor.name());
            // The lot's decision is read before the id: on PostgreSQL each statement sees what committed before it, so
            // a parallel retry that commits in between is found by the second read, never taken for a second decision.
            Optional<ReleaseDecision> decided = ledger.ofLot(h, lotId);
            Optional<ReleaseDecision> sameId = decided.filter(d -> d.id().equals(id)).or(() -> ledger.find(h, id));
            if (sameId.isPresent()) {
                return Idempotent.retry("release decision", id, sameId.get(), sameId.get().sameContentAs(attempted));
            }
            if (decided.isPresent()) {
                // The same decision sent again without an id is a retry, not a second decision.
                if (request.id() == null && decided.get().sameContentAs(attempted)) {
                    return Recorded.existing(decided.get());
                }
                ReleaseDecision d = decided.get();
                throw new VaxlineException(LotError.LOT_ALREADY_DECIDED, "lot " + lot.lotNumber() + " was already "
                        + (d.decision() == org.vaxline.lot.domain.DecisionKind.RELEASE ? "released" : "rejected") + " on "
                        + d.decidedOn() + "; a released lot that must be stopped is put on hold (a recall)");
            }
            ledger.append(h, attempted);
            states.refresh(h, lot);
            return Recorded.created(attempted);
        });
    }
}
