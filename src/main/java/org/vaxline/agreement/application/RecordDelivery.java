package org.vaxline.agreement.application;

import org.vaxline.agreement.domain.Agreement;
import org.vaxline.agreement.domain.Commitment;
import org.vaxline.agreement.domain.DeliveryEntry;
import org.vaxline.agreement.domain.DeliveryPolicy;
import org.vaxline.agreement.domain.NewDelivery;
import org.vaxline.agreement.store.AgreementStore;
import org.vaxline.agreement.store.DeliveryLedger;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.agreement.domain.EntryType;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Records what arrived against a commitment; the projection moves in the same transaction. */
public final class RecordDelivery {
    private final Store store;
    private final Clock clock;
    private final AgreementStore agreements;
    private final DeliveryLedger ledger;

    public RecordDelivery(Store store, Clock clock, AgreementStore agreements, DeliveryLedger ledger) {
        this.store = store;
        this.clock = clock;
        this.agreements = agreements;
        this.ledger = ledger;
    }

    public Recorded<DeliveryEntry> record(Actor actor, UUID agreementId, NewDelivery request) {
        actor.requireNational("record a delivery against an agreement");
        UUID id = request.id() == null ? Ids.newId() : request.id();
        NewDelivery withId = new NewDelivery(id, request.commitmentId(), request.quantity(), request.unit(),
                request.deliveredOn(), request.reference(), request.overDelivery());
        return store.inTransaction(h -> {
            Agreement agreement = agreements.find(h, agreementId)
                    .orElseThrow(() -> VaxlineException.notFound("agreement", agreementId));
            Commitment commitment = commitmentOf(agreement, withId.commitmentId());
            DeliveryPolicy.requireDeliverable(commitment);
            ledger.lock(h, commitment.id());
            Optional<DeliveryEntry> existing = ledger.find(h, id);
            if (existing.isPresent()) {
                return sameOrConflict(existing.get(),
                        DeliveryPolicy.entryFor(agreement, commitment, withId, clock.instant(), actor.name()));
            }
            DeliveryEntry entry = DeliveryPolicy.deliver(agreement, commitment,
                    ledger.fulfilment(h, commitment.id(), commitment.quantity().unit()),
                    withId, LocalDate.now(clock), clock.instant(), actor.name());
            ledger.append(h, entry);
            return Recorded.created(entry);
        });
    }

    /** A retry finds its entry; a different request reusing the id is refused. */
    static Recorded<DeliveryEntry> sameOrConflict(DeliveryEntry existing, DeliveryEntry attempted) {
        return Idempotent.retry(existing.type() == EntryType.REVERSAL ? "delivery reversal" : "delivery", existing.id(),
                existing, existing.sameContentAs(attempted));
    }

    /** The commitment named, or the agreement's only deliverable commitment when none is named. */
    private static Commitment commitmentOf(Agreement agreement, UUID commitmentId) {
        if (commitmentId != null) {
            return agreement.commitment(commitmentId).orElseThrow(() -> VaxlineException.field(PlatformError.VALIDATION_FAILED,
                    "commitmentId", "agreement " + agreement.id() + " has no commitment " + commitmentId));
        }
        List<Commitment> deliverable = agreement.commitments().stream().filter(c -> !c.isMilestones()).toList();
        if (deliverable.size() != 1) {
            throw VaxlineException.field(PlatformError.VALIDATION_FAILED, "commitmentId",
                    "is required: agreement " + agreement.id() + " has " + deliverable.size() + " commitments to deliver against");
        }
        return deliverable.get(0);
    }
}
