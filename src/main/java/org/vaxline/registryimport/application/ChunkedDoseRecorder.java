package org.vaxline.registryimport.application;

import org.vaxline.platform.security.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A dose recorder that takes a whole chunk of an import's doses at once and records them in one transaction of its
 * own, deciding them in the order given (so one person's doses keep the file's order) and refusing each on its own,
 * before anything of that dose is written: no savepoint and no commit per row (issue 13). The import uses it when the
 * recorder it was given is one; a plain {@link DoseRecorder} is still called row by row behind a savepoint.
 */
public interface ChunkedDoseRecorder extends DoseRecorder {
    /** One dose of a chunk, its references already resolved by the import. */
    record Dose(UUID doseId, UUID personId, UUID productId, UUID lotId, UUID siteId, LocalDate givenOn) {
    }

    /**
     * What became of one dose of a chunk.
     *
     * @param recorded true when recorded now, false when a dose with this id had been recorded before
     * @param failure  the refusal (a VaxlineException) or failure this dose alone earned, or null
     */
    record Result(boolean recorded, RuntimeException failure) {
    }

    /** @return one result per dose, in the order given */
    List<Result> recordAll(Actor actor, List<Dose> doses);
}
