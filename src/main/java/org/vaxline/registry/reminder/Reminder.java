package org.vaxline.registry.reminder;

import java.time.Instant;
import java.util.UUID;

/** One message of the outbox: to a person about one dose; sentAt is null until a sender took it. */
public record Reminder(UUID id, UUID personId, String seriesCode, int doseNumber, String phone, String text, Instant createdAt,
                       Instant sentAt) {
    /** One message per person and dose, whatever day it is queued on. */
    public static UUID idFor(UUID personId, String seriesCode, int doseNumber) {
        return org.vaxline.platform.id.Ids.fromName("reminder:" + personId + ":" + seriesCode + ":" + doseNumber);
    }
}
