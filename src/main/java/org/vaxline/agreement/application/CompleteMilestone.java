package org.vaxline.agreement.application;

import org.vaxline.agreement.domain.Agreement;
import org.vaxline.agreement.domain.AgreementError;
import org.vaxline.agreement.domain.Milestone;
import org.vaxline.agreement.store.AgreementStore;
import org.vaxline.agreement.store.MilestoneLedger;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Records that a technology-transfer milestone was reached, once. */
public final class CompleteMilestone {
    private final Store store;
    private final Clock clock;
    private final AgreementStore agreements;
    private final MilestoneLedger milestones;

    public CompleteMilestone(Store store, Clock clock, AgreementStore agreements, MilestoneLedger milestones) {
        this.store = store;
        this.clock = clock;
        this.agreements = agreements;
        this.milestones = milestones;
    }

    public Recorded<LocalDate> complete(Actor actor, UUID agreementId, UUID milestoneId, LocalDate doneOn) {
        actor.requireNational("complete a milestone");
        if (doneOn == null) {
            throw VaxlineException.field(AgreementError.MILESTONE_INVALID, "doneOn", "is required");
        }
        LocalDate today = LocalDate.now(clock);
        if (doneOn.isAfter(today)) {
            throw VaxlineException.field(AgreementError.MILESTONE_INVALID, "doneOn", "must not be in the future (today is " + today + ")");
        }
        return store.inTransaction(h -> {
            Agreement agreement = agreements.find(h, agreementId)
                    .orElseThrow(() -> VaxlineException.notFound("agreement", agreementId));
            boolean known = agreement.commitments().stream().flatMap(c -> c.milestones().stream())
                    .map(Milestone::id).anyMatch(milestoneId::equals);
            if (!known) {
                throw VaxlineException.notFound("milestone", milestoneId + " of agreement " + agreementId);
            }
            Optional<LocalDate> done = milestones.doneOn(h, milestoneId);
            if (done.isPresent()) {
                if (!done.get().equals(doneOn)) {
                    throw new VaxlineException(AgreementError.MILESTONE_ALREADY_DONE,
                            "milestone " + milestoneId + " was already completed on " + done.get());
                }
                return Recorded.existing(done.get());
            }
            milestones.complete(h, milestoneId, doneOn, clock.instant(), actor.name());
            return Recorded.created(doneOn);
        });
    }
}
