package org.vaxline.agreement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a caller asks to record as delivered against one commitment. */
public record NewDelivery(UUID id, UUID commitmentId, BigDecimal quantity, String unit, LocalDate deliveredOn,
                          String reference, boolean overDelivery) {
}
