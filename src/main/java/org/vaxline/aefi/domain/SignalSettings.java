package org.vaxline.aefi.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The configured signal threshold: a lot is flagged above this many serious events per 100,000 doses.
 *
 * @param minimumDosesToFlag the doses a lot must have been given before its rate may flag it (a rate over a handful of
 *                           doses says nothing); pages show a lot below it as "too few doses to judge"
 * @param updatedAt null while the seeded value stands
 */
public record SignalSettings(BigDecimal seriousPer100kThreshold, long minimumDosesToFlag, Instant updatedAt, String updatedBy) {
    /** The minimum before the settings carried one. */
    public static final long DEFAULT_MINIMUM_DOSES_TO_FLAG = 1_000;
}
