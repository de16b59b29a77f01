package org.vaxline.person.domain;

import org.vaxline.platform.error.Violations;

import java.time.LocalDate;

/**
 * Whether a death may be recorded for a person: a person dies once, on a day that is neither after today (in the
 * programme's time zone) nor before they were born. The same day recorded again is a retry; another day is a conflict
 * (a death is append-only: a wrong day is not overwritten by a second report).
 */
public final class DeathPolicy {
    private DeathPolicy() {
    }

    /** What recording this day makes of the person's record. */
    public enum Outcome {
        /** No death was known: record it. */
        RECORD,
        /** The same day is already recorded: nothing more to write. */
        ALREADY_RECORDED,
        /** Another day is already recorded: refused. */
        CONFLICT
    }

    /** Adds a fault for the day when it is missing or impossible; {@code today} comes from the caller's clock. */
    public static void check(LocalDate diedOn, LocalDate bornOn, LocalDate today, Violations v) {
        if (diedOn == null) {
            v.add("diedOn", "required: the day the person died (YYYY-MM-DD)");
            return;
        }
        v.check(!diedOn.isAfter(today), "diedOn", "is after today (" + today + ")");
        v.check(bornOn == null || !diedOn.isBefore(bornOn), "diedOn", "is before the person was born (" + bornOn + ")");
    }

    /** @param recorded the day already recorded for the person, or null */
    public static Outcome outcome(LocalDate recorded, LocalDate diedOn) {
        if (recorded == null) {
            return Outcome.RECORD;
        }
        return recorded.equals(diedOn) ? Outcome.ALREADY_RECORDED : Outcome.CONFLICT;
    }

    /** The record once the death is recorded: every other value kept. */
    public static Person died(Person p, LocalDate diedOn) {
        return new Person(p.id(), p.identityType(), p.identityNumber(), p.fullName(), p.normalizedName(), p.dateOfBirth(),
                p.sex(), p.phone(), p.provinceCode(), p.communeId(), p.priorityGroup(), p.registrationSiteId(), p.recordedAt(),
                p.recordedBy(), p.corrections(), p.correctedAt(), p.correctedBy(), diedOn);
    }
}
