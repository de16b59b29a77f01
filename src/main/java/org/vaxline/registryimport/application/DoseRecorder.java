package org.vaxline.registryimport.application;

import org.vaxline.platform.security.Actor;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The port the doses import writes through: the dose registry's RecordDose, wired by the composition root.
 * Called inside the import's batch transaction (the registry's own transaction joins it); a refusal is thrown as a
 * VaxlineException and is rolled back to the row's savepoint. A {@link ChunkedDoseRecorder} (the one wired on the dose
 * registry) is handed each batch whole instead.
 */
@FunctionalInterface
public interface DoseRecorder {
    /** @return true when this call recorded the dose, false when a dose with this id was recorded before */
    boolean record(Actor actor, UUID doseId, UUID personId, UUID productId, UUID lotId, UUID siteId, LocalDate givenOn);
}
