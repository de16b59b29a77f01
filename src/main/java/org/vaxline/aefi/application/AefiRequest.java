package org.vaxline.aefi.application;

import org.vaxline.aefi.domain.AefiOutcome;
import org.vaxline.aefi.domain.Causality;
import org.vaxline.aefi.domain.SeriousCriterion;
import org.vaxline.aefi.domain.Seriousness;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An adverse event as a client reports it.
 *
 * @param id             chosen by the client so a retry is harmless; null lets the server pick
 * @param classification null means PENDING (the investigation has not concluded)
 */
public record AefiRequest(UUID id, UUID doseId, Instant onsetAt, Seriousness seriousness, List<SeriousCriterion> seriousCriteria,
                          Causality classification, AefiOutcome outcome, String description) {
}
