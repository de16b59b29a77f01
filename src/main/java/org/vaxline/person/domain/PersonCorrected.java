package org.vaxline.person.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Announced inside the transaction that corrected a person's record, for projections that count people by province,
 * group or age: {@code before} and {@code after} are the whole record either side of the correction.
 *
 * @param changedFields the names of the fields whose value changed (e.g. priorityGroup, dateOfBirth)
 */
public record PersonCorrected(UUID personId, Person before, Person after, UUID correctionId, List<String> changedFields,
                              String reason, Instant recordedAt, String recordedBy) {
    public PersonCorrected {
        changedFields = List.copyOf(changedFields);
    }
}
