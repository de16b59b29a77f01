package org.vaxline.registry.domain;

import java.util.List;
import java.util.UUID;

/**
 * Announced inside the transaction that recorded a dose: the schedule and coverage follow it.
 *
 * @param personId the person's surviving record
 * @param series   the person's doses in the dose's series after it, in the order given (reversed doses left out)
 */
public record DoseRecorded(Dose dose, UUID personId, List<Dose> series) {
}
