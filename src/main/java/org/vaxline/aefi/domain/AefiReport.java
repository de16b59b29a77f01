package org.vaxline.aefi.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An adverse event as first reported; never changed. The person, lot, product, site and province are copied from the
 * dose so that rates and lists need no join to the dose registry.
 */
public record AefiReport(UUID id, UUID doseId, UUID personId, UUID lotId, UUID productId, UUID siteId, String provinceCode,
                         LocalDate givenOn, Instant onsetAt, Seriousness seriousness, Set<SeriousCriterion> seriousCriteria,
                         Causality classification, AefiOutcome outcome, String description, Instant recordedAt,
                         String recordedBy) {
    public AefiReport {
        seriousCriteria = Set.copyOf(seriousCriteria);
    }

    public boolean serious() {
        return seriousness == Seriousness.SERIOUS;
    }

    /** Same content as a retried request, ignoring when and by whom it was recorded. */
    public boolean sameContentAs(AefiReport other) {
        return id.equals(other.id) && doseId.equals(other.doseId) && onsetAt.equals(other.onsetAt)
                && seriousness == other.seriousness && seriousCriteria.equals(other.seriousCriteria)
                && classification == other.classification && outcome == other.outcome
                && Objects.equals(description, other.description);
    }
}
