package org.vaxline.coverage.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What coverage needs to know of one recorded dose: whose, which in the series, and who the person is.
 *
 * @param doseNumber    the dose's number in the primary series (1, 2, …), or for a booster its booster number
 * @param booster       whether the dose is a booster after a complete primary series
 * @param seriesDoses   how many doses the primary series has (from the product's regimen)
 * @param communeId     the person's commune, null when not known
 */
public record DoseFacts(UUID personId, String seriesCode, int doseNumber, boolean booster, int seriesDoses,
                        LocalDate givenOn, String provinceCode, UUID communeId, String priorityGroup,
                        LocalDate dateOfBirth) {
}
