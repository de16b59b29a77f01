package org.vaxline.aefi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * A lot's safety signal: serious events per 100,000 doses given, against the configured threshold.
 *
 * @param seriousPer100k 0 while no dose of the lot has been given
 * @param flagged        the rate is above the threshold
 */
public record LotRate(UUID lotId, String lotNumber, long dosesGiven, long reports, long serious, BigDecimal seriousPer100k,
                      BigDecimal threshold, boolean flagged) {
    private static final BigDecimal PER = BigDecimal.valueOf(100_000);

    public static LotRate of(UUID lotId, String lotNumber, long dosesGiven, long reports, long serious, BigDecimal threshold) {
        BigDecimal rate = dosesGiven <= 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(serious).multiply(PER).divide(BigDecimal.valueOf(dosesGiven), 2, RoundingMode.HALF_UP);
        BigDecimal plainRate = rate.stripTrailingZeros();
        return new LotRate(lotId, lotNumber, dosesGiven, reports, serious, plainRate.scale() < 0 ? plainRate.setScale(0) : plainRate,
                threshold, dosesGiven > 0 && BigDecimal.valueOf(serious).multiply(PER)
                .compareTo(threshold.multiply(BigDecimal.valueOf(dosesGiven))) > 0);
    }
}
