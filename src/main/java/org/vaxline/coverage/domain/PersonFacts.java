package org.vaxline.coverage.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What coverage needs to know of a person (by surviving identity): where they live, their group, their birth.
 *
 * @param communeId the person's commune, null when not known
 */
public record PersonFacts(UUID personId, String provinceCode, UUID communeId, String priorityGroup, LocalDate dateOfBirth) {
}
