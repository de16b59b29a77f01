package org.vaxline.person.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An append-only correction entry: the fields it named with their values before and after, why, who and when.
 *
 * @param number       the person's corrections counted from 1, in the order they were made
 * @param provinceCode the person's province after the correction
 */
public record PersonCorrection(UUID id, UUID personId, int number, List<FieldChange> fields, String reason,
                               String provinceCode, Instant recordedAt, String recordedBy) {
    public PersonCorrection {
        fields = List.copyOf(fields);
    }

    /** The fields whose value it changed. */
    public List<FieldChange> changes() {
        return fields.stream().filter(FieldChange::changed).toList();
    }

    /** Whether a retried request says what this entry says: the same person, fields, values and reason. */
    public boolean sameRequestAs(UUID personId, List<FieldChange> named, String reason) {
        return this.personId.equals(personId) && Objects.equals(this.reason, reason) && afters(fields).equals(afters(named));
    }

    private static Map<String, String> afters(List<FieldChange> fields) {
        Map<String, String> afters = new TreeMap<>();
        fields.forEach(f -> afters.put(f.field(), f.after()));
        return afters;
    }
}
