package org.vaxline.agreement.domain;

import org.vaxline.platform.error.Violations;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The shape an agreement must have before it is recorded; every fault is named with its field path. */
public final class AgreementRules {
    private AgreementRules() {
    }

    public static void validate(Agreement agreement) {
        Violations v = new Violations();
        v.check(agreement.title() != null && !agreement.title().isBlank(), "title", "must not be blank");
        v.check(agreement.fromPartnerId() != null, "fromPartnerId", "is required");
        v.check(agreement.toPartnerId() != null, "toPartnerId", "is required");
        v.check(agreement.fromPartnerId() == null || !agreement.fromPartnerId().equals(agreement.toPartnerId()),
                "toPartnerId", "must differ from fromPartnerId");
        v.check(agreement.signedOn() != null, "signedOn", "is required");
        v.check(agreement.kind() != null, "kind", "is required");
        v.check(!agreement.commitments().isEmpty(), "commitments", "an agreement needs at least one commitment");
        Set<UUID> ids = new HashSet<>();
        List<Commitment> commitments = agreement.commitments();
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            String path = "commitments[" + i + "]";
            v.check(ids.add(c.id()), path + ".id", "is used by another commitment");
            v.check(c.dueDate() != null, path + ".dueDate", "is required");
            v.check(c.dueDate() == null || agreement.signedOn() == null || !c.dueDate().isBefore(agreement.signedOn()),
                    path + ".dueDate", "must not be before signedOn");
            if (c.isMilestones()) {
                checkMilestones(v, path, c, ids);
            } else {
                checkQuantity(v, path, c);
            }
        }
        v.throwIfAny(AgreementError.AGREEMENT_INVALID);
    }

    private static void checkQuantity(Violations v, String path, Commitment c) {
        v.check(c.item() != null, path + ".productId", "a productId or a commodityId is required");
        v.check(c.milestones().isEmpty(), path + ".milestones", "only a TECHNOLOGY_TRANSFER commitment has milestones");
        if (c.quantity() == null) {
            v.add(path + ".quantity", "is required");
            return;
        }
        Quantity q = c.quantity();
        v.check(q.signum() > 0, path + ".quantity", "must be greater than zero");
        v.check(Quantity.toMilli(q.amount()) != null, path + ".quantity", "must have at most 3 decimals");
        if (c.item() != null && c.item().type() == CommittedItem.ItemType.PRODUCT) {
            v.check(Quantity.DOSES.equals(q.unit()), path + ".unit", "a vaccine is committed in doses");
            v.check(q.isWhole(), path + ".quantity", "doses are whole numbers");
        }
    }

    private static void checkMilestones(Violations v, String path, Commitment c, Set<UUID> ids) {
        v.check(c.quantity() == null, path + ".quantity", "a TECHNOLOGY_TRANSFER commitment is measured in milestones, not a quantity");
        v.check(!c.milestones().isEmpty(), path + ".milestones", "a TECHNOLOGY_TRANSFER commitment needs at least one milestone");
        for (int m = 0; m < c.milestones().size(); m++) {
            Milestone milestone = c.milestones().get(m);
            String mp = path + ".milestones[" + m + "]";
            v.check(ids.add(milestone.id()), mp + ".id", "is used twice");
            v.check(milestone.name() != null && !milestone.name().isBlank(), mp + ".name", "must not be blank");
            v.check(milestone.dueDate() != null, mp + ".dueDate", "is required");
        }
    }
}
