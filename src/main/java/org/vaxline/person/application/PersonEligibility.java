package org.vaxline.person.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the dose registry needs to decide whether a person may receive a dose on a day: their date of birth, their
 * priority group's age bounds in completed years (null: no bound) and the day they died, if they did.
 *
 * @param personId the surviving record's id
 * @param diedOn   the day the person died, or null (no dose is given after it)
 */
public record PersonEligibility(UUID personId, LocalDate dateOfBirth, String priorityGroup, Integer groupMinAgeYears,
                                Integer groupMaxAgeYears, LocalDate diedOn) {
}
