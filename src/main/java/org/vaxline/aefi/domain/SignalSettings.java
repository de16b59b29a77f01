package org.vaxline.aefi.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The configured signal threshold: a lot is flagged above this many serious events per 100,000 doses.
 *
 * @param updatedAt null while the seeded value stands
 */
public record SignalSettings(BigDecimal seriousPer100kThreshold, Instant updatedAt, String updatedBy) {
}
