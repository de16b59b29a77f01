package org.vaxline.stock.application;

import java.time.LocalDate;
import java.util.UUID;

/** Doses of a lot at a facility that expire within the window asked about. */
public record ExpiringLot(UUID facilityId, String facilityCode, String provinceCode, UUID lotId, String lotNumber,
                          UUID productId, long quantity, LocalDate expiresOn, long daysLeft) {
}
