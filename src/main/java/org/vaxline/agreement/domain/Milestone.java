package org.vaxline.agreement.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One step of a technology transfer, e.g. "first batch filled in Vietnam"; done when its completion is recorded. */
public record Milestone(UUID id, String name, LocalDate dueDate) {
}
