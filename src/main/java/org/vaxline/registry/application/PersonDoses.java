package org.vaxline.registry.application;

import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.Schedule;

import java.util.List;
import java.util.UUID;

/** A person's doses (with those of the records merged into them) and where they stand in each series. */
public record PersonDoses(UUID personId, List<Dose> doses, List<Schedule> schedules) {
}
