package org.vaxline.coldchain.application;

import java.time.Instant;
import java.util.UUID;

/**
 * An excursion as a client reports it.
 *
 * @param id         chosen by the client so that a retry is harmless; null lets the server pick
 * @param shipmentId the shipment it happened on (in transit to, or just received at, the facility), or null
 */
public record ExcursionRequest(UUID id, UUID facilityId, UUID shipmentId, Instant startedAt, Integer durationMinutes,
                               Double lowestC, Double highestC, String note) {
}
