package org.vaxline.registry.application;

import org.vaxline.registry.domain.DoseKind;

import java.time.LocalDate;
import java.util.UUID;

/** One person's next dose in a series that is due (or overdue) on the day asked about. */
public record DueEntry(UUID personId, String seriesCode, int doseNumber, DoseKind kind, LocalDate earliestOn, LocalDate dueOn,
                       boolean overdue, UUID lastProductId, UUID lastSiteId) {
}
