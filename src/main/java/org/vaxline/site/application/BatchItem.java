package org.vaxline.site.application;

import org.vaxline.person.domain.NewPerson;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One record a workspace queued: a registration ({@code kind} PERSON, with {@code person}) or a dose ({@code kind}
 * DOSE, with {@code dose}). Its {@code id} is the client's id of the record (a UUIDv7), so sending it again is harmless.
 */
public record BatchItem(String kind, UUID id, NewPerson person, QueuedDose dose) {

    /**
     * A dose as the workspace queued it: the lot chosen from the stock ({@code lotId}) or scanned from the vial
     * ({@code scan}, a GS1 element string read with the server's GS1 rules), the day it was given at the site.
     */
    public record QueuedDose(UUID personId, UUID productId, UUID lotId, String scan, LocalDate givenOn, UUID sessionId,
                             String intervalOverrideReason) {
    }
}
