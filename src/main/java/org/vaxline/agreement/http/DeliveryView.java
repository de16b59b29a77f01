package org.vaxline.agreement.http;

import org.vaxline.agreement.domain.DeliveryEntry;
import org.vaxline.agreement.domain.EntryType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A delivery ledger entry on the wire: the quantity flat, with its unit beside it. */
record DeliveryView(UUID id, UUID agreementId, UUID commitmentId, EntryType type, BigDecimal quantity, String unit,
                    LocalDate deliveredOn, String reference, boolean overDelivery, UUID reverses, String reason,
                    Instant recordedAt, String recordedBy) {
    static DeliveryView of(DeliveryEntry e) {
        return new DeliveryView(e.id(), e.agreementId(), e.commitmentId(), e.type(), e.quantity().amount(),
                e.quantity().unit(), e.deliveredOn(), e.reference(), e.overDelivery(), e.reverses(), e.reason(),
                e.recordedAt(), e.recordedBy());
    }
}
