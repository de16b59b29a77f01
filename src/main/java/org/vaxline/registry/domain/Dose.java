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
 * @param primarySource          false for a historical dose, given elsewhere (abroad, before vaxline) and reported:
 *                               it counts toward the series but has no lot, site or stock request of ours
 * @param reportedLotNumber      a historical dose's lot number as reported, or null
 * @param givenElsewhere         where a historical dose was given, as reported (a country code, a place), or null
 */
public record Dose(UUID id, UUID personId, UUID productId, UUID lotId, UUID siteId, String provinceCode, LocalDate givenOn,
                   int doseNumber, String seriesCode, DoseKind kind, UUID sessionId, String intervalOverrideReason,
                   UUID stockRequestId, Instant recordedAt, String recordedBy, boolean primarySource,
                   String reportedLotNumber, String givenElsewhere) {

    /** A dose given here, from our stock. */
    public Dose(UUID id, UUID personId, UUID productId, UUID lotId, UUID siteId, String provinceCode, LocalDate givenOn,
                int doseNumber, String seriesCode, DoseKind kind, UUID sessionId, String intervalOverrideReason,
                UUID stockRequestId, Instant recordedAt, String recordedBy) {
        this(id, personId, productId, lotId, siteId, provinceCode, givenOn, doseNumber, seriesCode, kind, sessionId,
                intervalOverrideReason, stockRequestId, recordedAt, recordedBy, true, null, null);
    }

    /** Whether the dose was given elsewhere and reported, moving none of our stock. */
    public boolean historical() {
        return !primarySource;
    }

    /** Whether a retry asks for the same historical dose. */
    public boolean sameHistoricalRequestAs(UUID person, UUID product, LocalDate on, String lotNumber, String elsewhere) {
        return historical() && personId.equals(person) && productId.equals(product) && givenOn.equals(on)
                && Objects.equals(reportedLotNumber, lotNumber) && Objects.equals(givenElsewhere, elsewhere);
    }

    /** Whether a retry asks for the same dose (who and when, and what was inferred, aside). */
    public boolean sameRequestAs(UUID person, UUID product, UUID lot, UUID site, LocalDate on, UUID session, String override) {
        return primarySource && personId.equals(person) && productId.equals(product) && lotId.equals(lot) && siteId.equals(site)
                && givenOn.equals(on) && Objects.equals(sessionId, session) && Objects.equals(intervalOverrideReason, override);
    }
}
