package org.vaxline.registry.domain;

import java.util.List;
import java.util.UUID;

/**
 * Announced inside the transaction that reversed a dose: the schedule and coverage read on without it.
 *
 * @param personId the person's surviving record
 * @param series   the person's doses left in the dose's series, in the order given (possibly none)
 */
public record DoseReversed(Dose dose, DoseReversal reversal, UUID personId, List<Dose> series) {
}
