package org.vaxline.agreement.application;

import org.vaxline.agreement.domain.DeliveryEntry;
import org.vaxline.agreement.domain.DeliveryPolicy;
import org.vaxline.agreement.store.DeliveryLedger;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Corrects a mistaken delivery by a reversing entry; the original stays in the ledger. */
public final class ReverseDelivery {
    private final Store store;
    private final Clock clock;
    private final DeliveryLedger ledger;

    public ReverseDelivery(Store store, Clock clock, DeliveryLedger ledger) {
        this.store = store;
        this.clock = clock;
        this.ledger = ledger;
    }

    public Recorded<DeliveryEntry> reverse(Actor actor, UUID agreementId, UUID deliveryId, UUID reversalId, String reason) {
        actor.requireNational("reverse a delivery");
        UUID id = reversalId == null ? Ids.newId() : reversalId;
        return store.inTransaction(h -> {
            DeliveryEntry original = ledger.find(h, deliveryId)
                    .filter(e -> e.agreementId().equals(agreementId))
                    .orElseThrow(() -> VaxlineException.notFound("delivery", deliveryId + " of agreement " + agreementId));
            ledger.lock(h, original.commitmentId());
            Optional<DeliveryEntry> existing = ledger.find(h, id);
            if (existing.isPresent()) {
                DeliveryEntry attempted = new DeliveryEntry(id, agreementId, original.commitmentId(),
                        existing.get().type(), original.quantity().negate(), original.deliveredOn(), original.reference(),
                        false, original.id(), reason == null ? null : reason.trim(), clock.instant(), actor.name());
                return RecordDelivery.sameOrConflict(existing.get(), attempted);
            }
            DeliveryEntry reversal = DeliveryPolicy.reverse(original, ledger.isReversed(h, original.id()), id, reason,
                    clock.instant(), actor.name());
            ledger.append(h, reversal);
            return Recorded.created(reversal);
        });
    }
}
