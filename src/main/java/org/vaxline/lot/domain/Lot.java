package org.vaxline.lot.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A registered lot, as written once: what its label says, and who registered it when. */
public record Lot(UUID id, UUID productId, String lotNumber, String gtin, LocalDate manufacturedOn,
                  LocalDate labelledExpiry, Instant createdAt, String createdBy) {

    /** Same content as a retried registration, ignoring when and by whom. */
    public boolean sameContentAs(Lot other) {
        return id.equals(other.id) && productId.equals(other.productId) && lotNumber.equals(other.lotNumber)
                && gtin.equals(other.gtin) && manufacturedOn.equals(other.manufacturedOn)
                && labelledExpiry.equals(other.labelledExpiry);
    }
}
