package org.vaxline.site.application;

import org.vaxline.platform.error.VaxlineException;

import java.util.UUID;

/** What became of one queued record: recorded now, found already recorded (a resend), or refused with why. */
public sealed interface BatchOutcome {
    String kind();

    UUID id();

    record Recorded(String kind, UUID id, boolean isNew, Object value) implements BatchOutcome {
    }

    record Refused(String kind, UUID id, VaxlineException problem) implements BatchOutcome {
    }
}
