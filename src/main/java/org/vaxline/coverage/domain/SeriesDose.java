package org.vaxline.coverage.domain;

import java.time.LocalDate;

/**
 * One dose a person was given in a series, as coverage counts it.
 *
 * @param primaryDoses how many doses the primary series of the dose's product has (its regimen)
 */
public record SeriesDose(LocalDate givenOn, int primaryDoses) {
}
