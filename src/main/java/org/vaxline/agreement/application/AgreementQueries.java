package org.vaxline.agreement.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.agreement.domain.Agreement;
import org.vaxline.agreement.domain.Commitment;
import org.vaxline.agreement.domain.DeliveryEntry;
import org.vaxline.agreement.domain.ForecastPolicy;
import org.vaxline.agreement.domain.Fulfilment;
import org.vaxline.agreement.domain.Milestone;
import org.vaxline.agreement.domain.Progress;
import org.vaxline.agreement.store.AgreementStore;
import org.vaxline.agreement.store.DeliveryLedger;
import org.vaxline.agreement.store.MilestoneLedger;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads agreements with their progress: today from the projection, on a past day from the ledger itself. */
public final class AgreementQueries {
    private final Store store;
    private final Clock clock;
    private final AgreementReferences references;
    private final AgreementStore agreements;
    private final DeliveryLedger ledger;
    private final MilestoneLedger milestones;

    public AgreementQueries(Store store, Clock clock, AgreementReferences references, AgreementStore agreements,
                            DeliveryLedger ledger, MilestoneLedger milestones) {
        this.store = store;
        this.clock = clock;
        this.references = references;
        this.agreements = agreements;
        this.ledger = ledger;
        this.milestones = milestones;
    }

    /** @param asOf the day to report on; null for today */
    public AgreementReport report(UUID id, LocalDate asOf) {
        return store.read(h -> report(h, agreements.find(h, id)
                .orElseThrow(() -> VaxlineException.notFound("agreement", id)), asOf));
    }

    public Page<AgreementReport> page(UUID after, UUID partnerId, int limit, LocalDate asOf) {
        return store.read(h -> {
            List<Agreement> fetched = agreements.page(h, after, partnerId, limit + 1);
            List<AgreementReport> reports = fetched.stream().map(a -> report(h, a, asOf)).toList();
            return Page.of(reports, limit, r -> r.id().toString());
        });
    }

    public Page<DeliveryEntry> deliveries(UUID agreementId, UUID after, int limit) {
        return store.read(h -> {
            agreements.find(h, agreementId).orElseThrow(() -> VaxlineException.notFound("agreement", agreementId));
            return Page.of(ledger.page(h, agreementId, after, limit + 1), limit, e -> e.id().toString());
        });
    }

    public DeliveryEntry delivery(UUID agreementId, UUID deliveryId) {
        return store.read(h -> ledger.find(h, deliveryId).filter(e -> e.agreementId().equals(agreementId))
                .orElseThrow(() -> VaxlineException.notFound("delivery", deliveryId + " of agreement " + agreementId)));
    }

    private AgreementReport report(Handle h, Agreement a, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null ? today : asOf;
        // Only a day before today needs the ledger re-read; today (or later) the projection already holds it.
        boolean past = day.isBefore(today);
        Map<UUID, LocalDate> done = milestones.doneDates(h, a.id());
        List<AgreementReport.CommitmentReport> commitments = a.commitments().stream()
                .map(c -> c.isMilestones() ? milestoneReport(a, c, done, day) : quantityReport(h, a, c, day, past))
                .toList();
        return new AgreementReport(a.id(), a.title(), party(a.fromPartnerId()), party(a.toPartnerId()), a.signedOn(),
                a.kind(), a.reference(), a.recordedAt(), a.recordedBy(), day, commitments);
    }

    private AgreementReport.CommitmentReport quantityReport(Handle h, Agreement a, Commitment c, LocalDate day, boolean past) {
        String unit = c.quantity().unit();
        Fulfilment f = past ? ledger.fulfilmentAsOf(h, c.id(), unit, day) : ledger.fulfilment(h, c.id(), unit);
        Progress p = ForecastPolicy.quantityProgress(c, a.signedOn(), f, day);
        return new AgreementReport.CommitmentReport(c.id(), c.kind(), c.item().type().name(), c.item().id(), itemName(c),
                c.dueDate(), unit, p.committed().amount(), p.delivered().amount(), p.outstanding().amount(),
                p.percentDelivered(), f.deliveries(), f.firstDeliveredOn(), f.lastDeliveredOn(), forecast(p), List.of());
    }

    private AgreementReport.CommitmentReport milestoneReport(Agreement a, Commitment c, Map<UUID, LocalDate> done, LocalDate day) {
        List<LocalDate> doneDates = c.milestones().stream().map(m -> done.get(m.id())).toList();
        Progress p = ForecastPolicy.milestoneProgress(c, a.signedOn(), doneDates, day);
        List<AgreementReport.MilestoneReport> list = c.milestones().stream()
                .map(m -> new AgreementReport.MilestoneReport(m.id(), m.name(), m.dueDate(), doneBy(done, m, day)))
                .toList();
        List<LocalDate> reached = doneDates.stream().filter(d -> d != null && !d.isAfter(day)).sorted().toList();
        return new AgreementReport.CommitmentReport(c.id(), c.kind(), c.item() == null ? null : c.item().type().name(),
                c.item() == null ? null : c.item().id(), c.item() == null ? null : itemName(c), c.dueDate(),
                p.committed().unit(), p.committed().amount(), p.delivered().amount(), p.outstanding().amount(),
                p.percentDelivered(), reached.size(), reached.isEmpty() ? null : reached.get(0),
                reached.isEmpty() ? null : reached.get(reached.size() - 1), forecast(p), list);
    }

    private static LocalDate doneBy(Map<UUID, LocalDate> done, Milestone m, LocalDate day) {
        LocalDate d = done.get(m.id());
        return d == null || d.isAfter(day) ? null : d;
    }

    private static AgreementReport.Forecast forecast(Progress p) {
        return new AgreementReport.Forecast(p.ratePerDay(), p.expectedCompletion(), p.atRisk(), p.status());
    }

    private String itemName(Commitment c) {
        return references.item(c.item()).map(AgreementReferences.ItemInfo::name).orElse(null);
    }

    private AgreementReport.Party party(UUID id) {
        return new AgreementReport.Party(id, references.partnerName(id).orElse(null));
    }
}
