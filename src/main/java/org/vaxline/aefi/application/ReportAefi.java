package org.vaxline.aefi.application;

import org.vaxline.aefi.domain.AefiCase;
import org.vaxline.aefi.domain.AefiReport;
import org.vaxline.aefi.domain.AefiRules;
import org.vaxline.aefi.domain.Causality;
import org.vaxline.aefi.store.AefiLedger;
import org.vaxline.aefi.store.LotAefiCounts;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reports an adverse event against a recorded dose and counts it for the dose's lot, in one transaction. Whoever may
 * write at the dose's site reports (national admins, the province's manager, the site's vaccinators). Idempotent by id.
 */
public final class ReportAefi {
    private final Store store;
    private final Clock clock;
    private final AdministeredDoses doses;
    private final AefiLedger ledger;
    private final LotAefiCounts counts;

    public ReportAefi(Store store, Clock clock, AdministeredDoses doses, AefiLedger ledger, LotAefiCounts counts) {
        this.store = store;
        this.clock = clock;
        this.doses = doses;
        this.ledger = ledger;
        this.counts = counts;
    }

    public Recorded<AefiCase> report(Actor actor, AefiRequest r) {
        AefiRules.validateReport(r.doseId(), r.onsetAt(), r.seriousness(), r.seriousCriteria(), r.outcome(), r.description(),
                clock.instant());
        AdministeredDoses.DoseRef dose = doses.dose(r.doseId()).orElseThrow(() -> VaxlineException.notFound("dose", r.doseId()));
        if (dose.lotId() == null) {
            // a historical dose, given elsewhere: no lot or site of ours to count the event against
            throw VaxlineException.field(org.vaxline.aefi.domain.AefiError.AEFI_INVALID, "doseId",
                    "dose " + r.doseId() + " was given elsewhere (historical): report the event to the programme that gave it");
        }
        actor.requireWriteAt(dose.siteId(), dose.provinceCode(), "report an adverse event");
        AefiRules.requireOnsetAfterDose(r.onsetAt(), dose.givenOn(), clock.getZone());
        AefiReport report = new AefiReport(r.id() == null ? Ids.newId() : r.id(), dose.doseId(), dose.personId(), dose.lotId(),
                dose.productId(), dose.siteId(), dose.provinceCode(), dose.givenOn(), r.onsetAt(), r.seriousness(),
                r.seriousCriteria() == null ? Set.of() : Set.copyOf(r.seriousCriteria()),
                r.classification() == null ? Causality.PENDING : r.classification(), r.outcome(),
                AefiRules.trimmed(r.description()), clock.instant(), actor.name());
        return store.inTransaction(h -> {
            Optional<AefiReport> existing = ledger.find(h, report.id());
            if (existing.isPresent()) {
                return Idempotent.retry("adverse event report", report.id(),
                        new AefiCase(existing.get(), ledger.followups(h, report.id())), existing.get().sameContentAs(report));
            }
            ledger.insert(h, report);
            counts.refresh(h, report.lotId());
            return Recorded.created(new AefiCase(report, List.of()));
        });
    }
}
