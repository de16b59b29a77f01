package org.vaxline.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One dose given: an entry of the append-only dose ledger.
 *
 * @param personId               the surviving person record when the dose was recorded
 * @param provinceCode           the site's province
 * @param doseNumber             inferred from the person's earlier doses in the series
 * @param sessionId              the open-vial session it was drawn from, or null
 * @param intervalOverrideReason why a dose was given before its earliest date, or null
 * @param stockRequestId         the stock ledger request (an ISSUE of one dose) that took it from the site's stock
 */
public record Dose(UUID id, UUID personId, UUID productId, UUID lotId, UUID siteId, String provinceCode, LocalDate givenOn,
                   int doseNumber, String seriesCode, DoseKind kind, UUID sessionId, String intervalOverrideReason,
                   UUID stockRequestId, Instant recordedAt, String recordedBy) {

    /** Whether a retry asks for the same dose (who and when, and what was inferred, aside). */
    public boolean sameRequestAs(UUID person, UUID product, UUID lot, UUID site, LocalDate on, UUID session, String override) {
        return personId.equals(person) && productId.equals(product) && lotId.equals(lot) && siteId.equals(site)
                && givenOn.equals(on) && Objects.equals(sessionId, session) && Objects.equals(intervalOverrideReason, override);
    }
}
