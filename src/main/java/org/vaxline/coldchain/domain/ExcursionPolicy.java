package org.vaxline.coldchain.domain;

import org.vaxline.lot.domain.HoldOutcome;
import org.vaxline.platform.error.Violations;

import java.time.Instant;
import java.util.UUID;

/** Checks what an excursion and an assessment must say, naming every field at fault at once. */
public final class ExcursionPolicy {
    private ExcursionPolicy() {
    }

    public static void validate(UUID facilityId, Instant startedAt, Integer durationMinutes, Double lowestC,
                                Double highestC, Instant now) {
        Violations v = new Violations();
        v.check(facilityId != null, "facilityId", "is required");
        v.check(startedAt != null, "startedAt", "is required");
        v.check(startedAt == null || !startedAt.isAfter(now), "startedAt", "must not be in the future (now is " + now + ")");
        v.check(durationMinutes != null, "durationMinutes", "is required");
        v.check(durationMinutes == null || durationMinutes > 0, "durationMinutes", "must be a whole number of minutes greater than zero");
        v.check(lowestC != null && Double.isFinite(lowestC), "lowestC", "is required (°C)");
        v.check(highestC != null && Double.isFinite(highestC), "highestC", "is required (°C)");
        v.check(lowestC == null || highestC == null || lowestC <= highestC, "lowestC", "must not be above highestC");
        v.throwIfAny(ColdChainError.EXCURSION_INVALID);
    }

    public static void validateAssessment(UUID lotId, HoldOutcome outcome, String note) {
        new Violations()
                .check(lotId != null, "lotId", "is required")
                .check(outcome != null, "outcome", "is required (RELEASED or DISCARDED)")
                .check(note != null && !note.isBlank(), "note", "say what the assessment found (e.g. stability data, VVM)")
                .throwIfAny(ColdChainError.ASSESSMENT_INVALID);
    }

    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
