package org.vaxline.agreement.application;

import org.vaxline.agreement.domain.Agreement;
import org.vaxline.agreement.domain.AgreementError;
import org.vaxline.agreement.domain.AgreementKind;
import org.vaxline.agreement.domain.AgreementRules;
import org.vaxline.agreement.domain.Commitment;
import org.vaxline.agreement.domain.CommittedItem;
import org.vaxline.agreement.domain.Milestone;
import org.vaxline.agreement.domain.Quantity;
import org.vaxline.agreement.store.AgreementStore;
import org.vaxline.agreement.store.DeliveryLedger;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Records a new agreement with its commitments; the same request retried with the same id records nothing more. */
public final class RecordAgreement {
    private final Store store;
    private final Clock clock;
    private final AgreementReferences references;
    private final AgreementStore agreements;
    private final DeliveryLedger ledger;

    public RecordAgreement(Store store, Clock clock, AgreementReferences references, AgreementStore agreements,
                           DeliveryLedger ledger) {
        this.store = store;
        this.clock = clock;
        this.references = references;
        this.agreements = agreements;
        this.ledger = ledger;
    }

    public Recorded<Agreement> record(Actor actor, AgreementRequest request) {
        actor.requireNational("record an agreement");
        Agreement agreement = toAgreement(request, actor);
        checkReferences(agreement);
        AgreementRules.validate(agreement);
        return store.inTransaction(h -> {
            Optional<Agreement> existing = agreements.find(h, agreement.id());
            if (existing.isPresent()) {
                Agreement stored = existing.get();
                return Idempotent.retry("agreement", agreement.id(), stored,
                        stored.sameContentAs(withIdsLeftToServer(agreement, request, stored)));
            }
            agreements.insert(h, agreement);
            for (Commitment c : agreement.commitments()) {
                if (!c.isMilestones()) {
                    ledger.refresh(h, c.id());
                }
            }
            return Recorded.created(agreement);
        });
    }

    /**
     * The attempted agreement with the ids the client left to the server (of commitments and milestones) taken from the
     * stored one at the same place: a retry that names no such ids sends the same content, though this run picked new ones.
     */
    static Agreement withIdsLeftToServer(Agreement attempted, AgreementRequest r, Agreement stored) {
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < attempted.commitments().size(); i++) {
            Commitment c = attempted.commitments().get(i);
            if (i >= stored.commitments().size()) {
                commitments.add(c);
                continue;
            }
            Commitment was = stored.commitments().get(i);
            AgreementRequest.CommitmentRequest asked = r.commitments().get(i);
            List<Milestone> milestones = new ArrayList<>();
            for (int m = 0; m < c.milestones().size(); m++) {
                Milestone milestone = c.milestones().get(m);
                boolean given = asked.milestones() != null && asked.milestones().get(m).id() != null;
                milestones.add(given || m >= was.milestones().size() ? milestone
                        : new Milestone(was.milestones().get(m).id(), milestone.name(), milestone.dueDate()));
            }
            commitments.add(new Commitment(asked.id() != null ? c.id() : was.id(), c.kind(), c.item(), c.quantity(),
                    c.dueDate(), milestones));
        }
        return new Agreement(attempted.id(), attempted.title(), attempted.fromPartnerId(), attempted.toPartnerId(),
                attempted.signedOn(), attempted.kind(), attempted.reference(), commitments, attempted.recordedAt(),
                attempted.recordedBy());
    }

    private Agreement toAgreement(AgreementRequest r, Actor actor) {
        AgreementKind kind = r.kind();
        List<Commitment> commitments = new ArrayList<>();
        Violations v = new Violations();
        List<AgreementRequest.CommitmentRequest> requested = r.commitments() == null ? List.of() : r.commitments();
        for (int i = 0; i < requested.size(); i++) {
            AgreementRequest.CommitmentRequest c = requested.get(i);
            if (c == null) {
                v.add("commitments[" + i + "]", "must not be null");
                continue;
            }
            v.check(c.productId() == null || c.commodityId() == null, "commitments[" + i + "].commodityId",
                    "name a productId or a commodityId, not both");
            CommittedItem item = c.productId() != null ? CommittedItem.product(c.productId())
                    : c.commodityId() != null ? CommittedItem.commodity(c.commodityId()) : null;
            String unit = unitOf(item, c.unit());
            v.check(c.unit() == null || unit == null || c.unit().equals(unit), "commitments[" + i + "].unit",
                    "this item is counted in " + unit);
            Quantity quantity = c.quantity() == null ? null : new Quantity(c.quantity(), unit == null ? "" : unit);
            List<Milestone> milestones = c.milestones() == null ? List.of() : c.milestones().stream()
                    .map(m -> new Milestone(m.id() == null ? Ids.newId() : m.id(), m.name(), m.dueDate())).toList();
            commitments.add(new Commitment(c.id() == null ? Ids.newId() : c.id(), c.kind() == null ? kind : c.kind(),
                    item, quantity, c.dueDate(), milestones));
        }
        v.throwIfAny(AgreementError.AGREEMENT_INVALID);
        return new Agreement(r.id() == null ? Ids.newId() : r.id(), r.title() == null ? null : r.title().trim(),
                r.fromPartnerId(), r.toPartnerId(), r.signedOn(), kind, r.reference(), commitments,
                clock.instant(), actor.name());
    }

    /** A product is counted in doses; a commodity in its own unit, which the request may repeat but not change. */
    private String unitOf(CommittedItem item, String requestedUnit) {
        if (item == null) {
            return requestedUnit;
        }
        return references.item(item).map(AgreementReferences.ItemInfo::unit).orElse(requestedUnit);
    }

    private void checkReferences(Agreement a) {
        Violations v = new Violations();
        v.check(a.fromPartnerId() == null || references.partnerName(a.fromPartnerId()).isPresent(),
                "fromPartnerId", "no partner " + a.fromPartnerId());
        v.check(a.toPartnerId() == null || references.partnerName(a.toPartnerId()).isPresent(),
                "toPartnerId", "no partner " + a.toPartnerId());
        for (int i = 0; i < a.commitments().size(); i++) {
            CommittedItem item = a.commitments().get(i).item();
            if (item != null) {
                String field = "commitments[" + i + "]." + (item.type() == CommittedItem.ItemType.PRODUCT ? "productId" : "commodityId");
                v.check(references.item(item).isPresent(), field, "no " + item.type().name().toLowerCase() + " " + item.id());
            }
        }
        v.throwIfAny(AgreementError.UNKNOWN_REFERENCE);
    }
}
