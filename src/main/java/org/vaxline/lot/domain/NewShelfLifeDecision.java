package org.vaxline.lot.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A shelf-life decision to record; the optional dates limit it to lots made in that window. */
public record NewShelfLifeDecision(UUID id, Integer months, LocalDate decidedOn, String authority, String reference,
                                   LocalDate manufacturedFrom, LocalDate manufacturedTo) {
}
