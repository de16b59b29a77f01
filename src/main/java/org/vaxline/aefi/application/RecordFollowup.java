package org.vaxline.aefi.application;

import org.vaxline.aefi.domain.AefiCase;
import org.vaxline.aefi.domain.AefiReport;
import org.vaxline.aefi.domain.AefiRules;
import org.vaxline.aefi.domain.Followup;
import org.vaxline.aefi.store.AefiLedger;
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
 * Appends a follow-up to a report: a new outcome or causality classification becomes the report's current one.
 * Who may report at the dose's site may follow up. Idempotent by id.
 */
public final class RecordFollowup {
    private final Store store;
    private final Clock clock;
    private final AefiLedger ledger;

    public RecordFollowup(Store store, Clock clock, AefiLedger ledger) {
        this.store = store;
        this.clock = clock;
        this.ledger = ledger;
    }

    public Recorded<AefiCase> record(Actor actor, UUID reportId, FollowupRequest r) {
        AefiRules.validateFollowup(r.classification(), r.outcome(), r.note());
        return store.inTransaction(h -> {
            AefiReport report = ledger.find(h, reportId).orElseThrow(() -> VaxlineException.notFound("adverse event report", reportId));
            actor.requireWriteAt(report.siteId(), report.provinceCode(), "follow up an adverse event");
            Followup followup = new Followup(r.id() == null ? Ids.newId() : r.id(), reportId, r.classification(), r.outcome(),
                    AefiRules.trimmed(r.note()), clock.instant(), actor.name());
            Optional<Followup> existing = ledger.findFollowup(h, followup.id());
            if (existing.isPresent()) {
                return Idempotent.retry("follow-up", followup.id(), new AefiCase(report, ledger.followups(h, reportId)),
                        existing.get().sameContentAs(followup));
            }
            ledger.append(h, followup);
            return Recorded.created(new AefiCase(report, ledger.followups(h, reportId)));
        });
    }
}
