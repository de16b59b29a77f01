package org.vaxline.person.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the dose registry needs to decide whether a person may receive a dose at their age: their date of birth and
 * their priority group's age bounds in completed years (null: no bound).
 *
 * @param personId the surviving record's id
 */
public record PersonEligibility(UUID personId, LocalDate dateOfBirth, String priorityGroup, Integer groupMinAgeYears,
                                Integer groupMaxAgeYears) {
}
