package org.vaxline.lot.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * A regulator's recorded decision on a product's shelf life (e.g. Abdala from 6 to 9 months, Drug Administration of
 * Viet Nam, 2022-02-23). It changes the expiry in force of the lots it covers, never their labels.
 *
 * @param manufacturedFrom only lots made on or after this day (null: no lower bound)
 * @param manufacturedTo   only lots made on or before this day (null: no upper bound)
 */
public record ShelfLifeDecision(UUID id, UUID productId, int months, LocalDate decidedOn, String authority, String reference,
                                LocalDate manufacturedFrom, LocalDate manufacturedTo, Instant recordedAt, String recordedBy) {
    /** The later decision wins: by decision day, then by when it was recorded. */
    public static final Comparator<ShelfLifeDecision> IN_FORCE_ORDER = Comparator.comparing(ShelfLifeDecision::decidedOn)
            .thenComparing(ShelfLifeDecision::recordedAt).thenComparing(ShelfLifeDecision::id);

    public boolean covers(Lot lot) {
        return lot.productId().equals(productId)
                && (manufacturedFrom == null || !lot.manufacturedOn().isBefore(manufacturedFrom))
                && (manufacturedTo == null || !lot.manufacturedOn().isAfter(manufacturedTo));
    }

    public boolean sameContentAs(ShelfLifeDecision other) {
        return id.equals(other.id) && productId.equals(other.productId) && months == other.months
                && decidedOn.equals(other.decidedOn) && authority.equals(other.authority) && reference.equals(other.reference)
                && Objects.equals(manufacturedFrom, other.manufacturedFrom) && Objects.equals(manufacturedTo, other.manufacturedTo);
    }
}
