package org.vaxline.lot.application;

import org.vaxline.lot.domain.Lot;
import org.vaxline.lot.domain.NewShelfLifeDecision;
import org.vaxline.lot.domain.ShelfLifeDecision;
import org.vaxline.lot.domain.ShelfLifePolicy;
import org.vaxline.lot.store.LotStateProjection;
import org.vaxline.lot.store.LotStore;
import org.vaxline.lot.store.ShelfLifeLedger;
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

/**
 * Records a regulator's shelf-life decision for a product. It is a fact of its own, not an edit of the lots: the expiry
 * in force of every lot it covers is recomputed in the same transaction, and lots registered later pick it up too.
 */
public final class RecordShelfLifeDecision {
    private final Store store;
    private final Clock clock;
    private final LotReferences references;
    private final LotStore lots;
    private final ShelfLifeLedger ledger;
    private final LotStateProjection states;

    public RecordShelfLifeDecision(Store store, Clock clock, LotReferences references, LotStore lots, ShelfLifeLedger ledger,
                                   LotStateProjection states) {
        this.store = store;
        this.clock = clock;
        this.references = references;
        this.lots = lots;
        this.ledger = ledger;
        this.states = states;
    }

    public Recorded<ShelfLifeDecision> record(Actor actor, UUID productId, NewShelfLifeDecision request) {
        actor.requireNational("record a shelf-life decision");
        references.product(productId).orElseThrow(() -> VaxlineException.notFound("product", productId));
        UUID id = request.id() == null ? Ids.newId() : request.id();
        ShelfLifeDecision decision = ShelfLifePolicy.decide(productId, id, request, LocalDate.now(clock), clock.instant(), actor.name());
        return store.inTransaction(h -> {
            Optional<ShelfLifeDecision> existing = ledger.find(h, id);
            if (existing.isPresent()) {
                return Idempotent.retry("shelf-life decision", id, existing.get(), existing.get().sameContentAs(decision));
            }
            ledger.append(h, decision);
            for (Lot lot : lots.ofProduct(h, productId)) {
                if (decision.covers(lot)) {
                    states.refresh(h, lot);
                }
            }
            return Recorded.created(decision);
        });
    }
}
