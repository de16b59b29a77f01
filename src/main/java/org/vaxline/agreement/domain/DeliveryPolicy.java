package org.vaxline.agreement.domain;

import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Decides whether a delivery or a reversal may enter the ledger, and makes the entry. */
public final class DeliveryPolicy {
    private DeliveryPolicy() {
    }

    /**
     * A delivery is positive, in the commitment's unit, not in the future nor before the agreement was signed, and within what is outstanding
     * unless the caller marks it as an over-delivery.
     */
    public static DeliveryEntry deliver(Agreement agreement, Commitment commitment, Fulfilment fulfilment,
                                        NewDelivery request, LocalDate today, Instant now, String actor) {
        requireDeliverable(commitment);
        String unit = commitment.quantity().unit();
        Violations v = new Violations();
        if (request.quantity() == null) {
            v.add("quantity", "is required");
        } else {
            v.check(request.quantity().signum() > 0, "quantity", "must be greater than zero");
            v.check(Quantity.toMilli(request.quantity()) != null, "quantity", "must have at most 3 decimals");
            v.check(!Quantity.DOSES.equals(unit) || request.quantity().stripTrailingZeros().scale() <= 0,
                    "quantity", "doses are whole numbers");
        }
        v.check(request.unit() == null || request.unit().equals(unit), "unit", "the commitment is counted in " + unit);
        v.check(request.deliveredOn() != null, "deliveredOn", "is required");
        v.check(request.deliveredOn() == null || !request.deliveredOn().isAfter(today), "deliveredOn",
                "must not be in the future (today is " + today + ")");
        v.throwIfAny(AgreementError.DELIVERY_INVALID);
        if (request.deliveredOn().isBefore(agreement.signedOn())) {
            throw new VaxlineException(AgreementError.DELIVERY_BEFORE_SIGNING,
                    "deliveredOn: " + request.deliveredOn() + " is before the agreement was signed (" + agreement.signedOn() + ")",
                    Map.of("deliveredOn", "must not be before " + agreement.signedOn() + ", when the agreement was signed"),
                    Map.of("signedOn", agreement.signedOn().toString()));
        }

        Quantity quantity = new Quantity(request.quantity(), unit);
        Quantity outstanding = commitment.quantity().minus(fulfilment.delivered());
        if (!request.overDelivery() && quantity.compareTo(outstanding) > 0) {
            throw new VaxlineException(AgreementError.DELIVERY_EXCEEDS_COMMITMENT,
                    "quantity: " + quantity + " exceeds the " + outstanding + " outstanding on commitment "
                            + commitment.id() + "; mark it as an over-delivery to record it anyway",
                    Map.of("quantity", "exceeds the outstanding " + outstanding),
                    Map.of("outstanding", outstanding.amount(), "unit", unit));
        }
        return entryFor(agreement, commitment, request, now, actor);
    }

    /** Goods are delivered; a technology transfer is completed milestone by milestone. */
    public static void requireDeliverable(Commitment commitment) {
        if (commitment.isMilestones()) {
            throw VaxlineException.field(AgreementError.DELIVERY_TO_MILESTONE_COMMITMENT, "commitmentId",
                    "commitment " + commitment.id() + " is a technology transfer: record its milestones instead");
        }
    }

    /** The entry a request would make, unchecked: what a retry is compared with. */
    public static DeliveryEntry entryFor(Agreement agreement, Commitment commitment, NewDelivery request, Instant now,
                                         String actor) {
        Quantity quantity = request.quantity() == null ? null : new Quantity(request.quantity(), commitment.quantity().unit());
        return new DeliveryEntry(request.id(), agreement.id(), commitment.id(), EntryType.DELIVERY, quantity,
                request.deliveredOn(), blankToNull(request.reference()), request.overDelivery(), null, null, now, actor);
    }

    /**
     * A reversal cancels one standing delivery, at most once, and says why. It takes the original's delivery date,
     * so a report as of any date no longer counts the mistake; its recording time says when it was corrected.
     */
    public static DeliveryEntry reverse(DeliveryEntry original, boolean alreadyReversed, java.util.UUID reversalId,
                                        String reason, Instant now, String actor) {
        if (original.type() == EntryType.REVERSAL) {
            throw new VaxlineException(AgreementError.REVERSAL_OF_REVERSAL,
                    "entry " + original.id() + " is itself a reversal; record a new delivery instead");
        }
        if (alreadyReversed) {
            throw new VaxlineException(AgreementError.DELIVERY_ALREADY_REVERSED,
                    "delivery " + original.id() + " has already been reversed");
        }
        if (reason == null || reason.isBlank()) {
            throw VaxlineException.field(AgreementError.DELIVERY_INVALID, "reason", "a reversal must say why");
        }
        return new DeliveryEntry(reversalId, original.agreementId(), original.commitmentId(), EntryType.REVERSAL,
                original.quantity().negate(), original.deliveredOn(), original.reference(), false, original.id(), reason.trim(), now, actor);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
