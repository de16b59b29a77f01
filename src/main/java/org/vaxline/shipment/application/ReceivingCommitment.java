package org.vaxline.shipment.application;

import org.vaxline.agreement.application.AgreementReport;
import org.vaxline.agreement.domain.AgreementKind;
import org.vaxline.agreement.domain.CommittedItem;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.shipment.domain.ShipmentError;

import java.util.List;
import java.util.UUID;

/** Which commitment a shipment is received against: the one named, or the agreement's only product commitment. */
final class ReceivingCommitment {
    private ReceivingCommitment() {
    }

    static AgreementReport.CommitmentReport choose(AgreementReport agreement, UUID commitmentId) {
        if (commitmentId == null) {
            List<AgreementReport.CommitmentReport> products = agreement.commitments().stream()
                    .filter(ReceivingCommitment::ofLots).toList();
            if (products.size() != 1) {
                throw VaxlineException.field(ShipmentError.SHIPMENT_INVALID, "commitmentId", "is required: agreement "
                        + agreement.id() + " has " + products.size() + " product commitments to receive against");
            }
            return products.get(0);
        }
        AgreementReport.CommitmentReport commitment = agreement.commitments().stream()
                .filter(c -> c.id().equals(commitmentId)).findFirst()
                .orElseThrow(() -> VaxlineException.field(ShipmentError.SHIPMENT_INVALID, "commitmentId",
                        "agreement " + agreement.id() + " has no commitment " + commitmentId));
        if (!ofLots(commitment)) {
            String what = commitment.kind() == AgreementKind.TECHNOLOGY_TRANSFER ? "a technology transfer (record its milestones)"
                    : "of a commodity, not of a vaccine";
            throw VaxlineException.field(ShipmentError.SHIPMENT_COMMITMENT_NOT_RECEIVABLE, "commitmentId",
                    "commitment " + commitmentId + " is " + what);
        }
        return commitment;
    }

    /** Lots arrive only against a commitment of a product's doses; commodities and technology transfers take none. */
    private static boolean ofLots(AgreementReport.CommitmentReport c) {
        return c.kind() != AgreementKind.TECHNOLOGY_TRANSFER && CommittedItem.ItemType.PRODUCT.name().equals(c.itemType())
                && c.itemId() != null;
    }
}
