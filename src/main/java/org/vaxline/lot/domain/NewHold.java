package org.vaxline.lot.domain;

import java.util.UUID;

/**
 * A hold to place.
 *
 * @param facilityId where the lot is held; null holds it everywhere
 * @param sourceId   what caused it, e.g. the excursion's id
 */
public record NewHold(UUID id, UUID facilityId, String reason, HoldSource source, UUID sourceId) {
}
