package org.vaxline.agreement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry in the append-only delivery ledger. A reversal carries the negated quantity and the id of the entry it reverses;
 * an entry is never updated or deleted.
 */
public record DeliveryEntry(UUID id, UUID agreementId, UUID commitmentId, EntryType type, Quantity quantity,
                            LocalDate deliveredOn, String reference, boolean overDelivery, UUID reverses, String reason,
                            Instant recordedAt, String recordedBy) {

    /** Same content as a retried request, ignoring when and by whom it was recorded. */
    public boolean sameContentAs(DeliveryEntry other) {
        return id.equals(other.id) && commitmentId.equals(other.commitmentId) && type == other.type
                && Objects.equals(quantity, other.quantity) && Objects.equals(deliveredOn, other.deliveredOn)
                && Objects.equals(reference, other.reference) && overDelivery == other.overDelivery
                && Objects.equals(reverses, other.reverses) && Objects.equals(reason, other.reason);
    }
}
