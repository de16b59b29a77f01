package org.vaxline.registry.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The reversal of a dose recorded in error (against the wrong person or lot): an entry of its own, at most one per dose.
 * The dose stays in the ledger; the registry, schedules and coverage read on as if it had not been given.
 *
 * @param stockRequestId the stock ledger's reversal that returned the dose to the site's stock
 * @param provinceCode   the province of the dose's site
 */
public record DoseReversal(UUID id, UUID doseId, String reason, UUID stockRequestId, String provinceCode, Instant recordedAt,
                           String recordedBy) {

    /** Whether a retry asks for the same reversal (who and when aside). */
    public boolean sameRequestAs(UUID dose, String why) {
        return doseId.equals(dose) && reason.equals(why);
    }
}
