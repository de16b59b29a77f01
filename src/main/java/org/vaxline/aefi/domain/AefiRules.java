package org.vaxline.aefi.domain;

import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.UUID;

/** Checks reports, follow-ups, recalls and settings, naming every field at fault in one answer. */
public final class AefiRules {
    public static final int MAX_TEXT = 4000;

    private AefiRules() {
    }

    /** What can be checked without the dose; {@code now} comes from the injected clock. */
    public static void validateReport(UUID doseId, Instant onsetAt, Seriousness seriousness, Collection<SeriousCriterion> criteria,
                                      AefiOutcome outcome, String description, Instant now) {
        Violations v = new Violations();
        v.check(doseId != null, "doseId", "is required");
        v.check(onsetAt != null, "onsetAt", "is required");
        v.check(onsetAt == null || !onsetAt.isAfter(now), "onsetAt", "must not be in the future");
        v.check(seriousness != null, "seriousness", "is required (NON_SERIOUS or SERIOUS)");
        boolean anyCriterion = criteria != null && !criteria.isEmpty();
        v.check(criteria == null || criteria.stream().allMatch(c -> c != null), "seriousCriteria", "must not contain null");
        v.check(seriousness != Seriousness.SERIOUS || anyCriterion, "seriousCriteria",
                "a serious event names at least one WHO criterion (DEATH, LIFE_THREATENING, HOSPITALIZATION, DISABILITY, "
                        + "CONGENITAL_ANOMALY, OTHER_MEDICALLY_IMPORTANT)");
        v.check(seriousness != Seriousness.NON_SERIOUS || !anyCriterion, "seriousCriteria",
                "must be empty for a non-serious event");
        v.check(outcome != null, "outcome", "is required");
        v.check(outcome != AefiOutcome.DIED || (seriousness == Seriousness.SERIOUS && criteria != null
                && criteria.contains(SeriousCriterion.DEATH)), "outcome",
                "DIED makes the event serious with the criterion DEATH");
        v.check(trimmed(description) != null, "description", "say what happened");
        v.check(description == null || description.length() <= MAX_TEXT, "description", "at most " + MAX_TEXT + " characters");
        v.throwIfAny(AefiError.AEFI_INVALID);
    }

    /** The onset lies on or after the day the dose was given, in the programme's time zone. */
    public static void requireOnsetAfterDose(Instant onsetAt, LocalDate givenOn, ZoneId zone) {
        if (onsetAt.atZone(zone).toLocalDate().isBefore(givenOn)) {
            throw VaxlineException.field(AefiError.AEFI_INVALID, "onsetAt", "must not be before the dose was given (" + givenOn + ")");
        }
    }

    public static void validateFollowup(Causality classification, AefiOutcome outcome, String note) {
        new Violations()
                .check(classification != null || outcome != null, "outcome", "give a new outcome, a new classification, or both")
                .check(note == null || note.length() <= MAX_TEXT, "note", "at most " + MAX_TEXT + " characters")
                .throwIfAny(AefiError.AEFI_FOLLOWUP_INVALID);
    }

    public static void validateRecall(String reason) {
        new Violations()
                .check(trimmed(reason) != null, "reason", "say why the lot is recalled")
                .check(reason == null || reason.length() <= MAX_TEXT, "reason", "at most " + MAX_TEXT + " characters")
                .throwIfAny(AefiError.RECALL_INVALID);
    }

    /** null is allowed: it keeps the current minimum. */
    public static void validateMinimumDoses(Long minimum) {
        new Violations()
                .check(minimum == null || minimum >= 0, "minimumDosesToFlag", "must not be negative")
                .check(minimum == null || minimum <= 100_000_000L, "minimumDosesToFlag", "at most 100000000")
                .throwIfAny(AefiError.AEFI_SETTINGS_INVALID);
    }

    public static void validateThreshold(BigDecimal threshold) {
        new Violations()
                .check(threshold != null, "seriousPer100kThreshold", "is required")
                .check(threshold == null || threshold.signum() >= 0, "seriousPer100kThreshold", "must not be negative")
                .check(threshold == null || threshold.stripTrailingZeros().scale() <= 3, "seriousPer100kThreshold",
                        "at most 3 decimals")
                .check(threshold == null || threshold.compareTo(BigDecimal.valueOf(100_000)) <= 0, "seriousPer100kThreshold",
                        "at most 100000")
                .throwIfAny(AefiError.AEFI_SETTINGS_INVALID);
    }

    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
