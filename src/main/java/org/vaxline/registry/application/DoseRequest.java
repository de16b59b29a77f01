package org.vaxline.registry.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A dose as a vaccinator records it; the dose number is inferred.
 *
 * @param id                     chosen by the client, so a retry is recorded once (null: the server picks)
 * @param sessionId              the open-vial session the dose is drawn from, or null
 * @param intervalOverrideReason why the dose is given before its earliest date, or null
 */
public record DoseRequest(UUID id, UUID personId, UUID productId, UUID lotId, UUID siteId, LocalDate givenOn, UUID sessionId,
                          String intervalOverrideReason) {
}
