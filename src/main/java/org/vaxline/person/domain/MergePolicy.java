package org.vaxline.person.domain;

import org.vaxline.platform.error.VaxlineException;

import java.util.Map;
import java.util.UUID;

/** Who may be merged into whom: never oneself, never twice, never into someone already merged away. */
public final class MergePolicy {
    private MergePolicy() {
    }

    /**
     * @param duplicateMergedInto the survivor the duplicate was already merged into, or null
     * @param survivorMergedInto  the person the survivor was merged into, or null
     */
    public static void check(UUID survivorId, UUID duplicateId, String reason, UUID duplicateMergedInto, UUID survivorMergedInto) {
        if (reason == null || reason.isBlank()) {
            throw VaxlineException.field(PersonError.PERSON_MERGE_INVALID, "reason", "must say why the two are one person");
        }
        if (survivorId.equals(duplicateId)) {
            throw VaxlineException.field(PersonError.PERSON_MERGE_INVALID, "duplicateId", "a person cannot be merged into itself");
        }
        if (duplicateMergedInto != null) {
            throw new VaxlineException(PersonError.PERSON_ALREADY_MERGED,
                    "duplicateId: person " + duplicateId + " was already merged into " + duplicateMergedInto,
                    Map.of("duplicateId", "already merged into " + duplicateMergedInto), Map.of("survivorId", duplicateMergedInto));
        }
        if (survivorMergedInto != null) {
            throw new VaxlineException(PersonError.PERSON_MERGE_INVALID,
                    "id: person " + survivorId + " was merged away into " + survivorMergedInto + "; merge into that one",
                    Map.of("id", "merged away into " + survivorMergedInto), Map.of("survivorId", survivorMergedInto));
        }
    }
}
