package org.vaxline.registry.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A dose given elsewhere (abroad, or before vaxline) as it is reported.
 *
 * @param id                client-chosen, so a resend is harmless (null: the server picks)
 * @param reportedLotNumber the lot number as the source gives it, or null
 * @param givenElsewhere    where it was given as the source says (a country code, a place), or null
 */
public record HistoricalDoseRequest(UUID id, UUID personId, UUID productId, LocalDate givenOn, String reportedLotNumber,
                                    String givenElsewhere) {
}
