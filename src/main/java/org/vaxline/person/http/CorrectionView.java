package org.vaxline.person.http;

import org.vaxline.person.domain.FieldChange;
import org.vaxline.person.domain.PersonCorrection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A correction entry on the wire: the fields it changed with their values before and after, why, who and when. */
record CorrectionView(UUID id, UUID personId, int number, List<Change> changes, String reason, String provinceCode,
                      Instant recordedAt, String recordedBy) {
    record Change(String field, String before, String after) {
    }

    static CorrectionView of(PersonCorrection c) {
        return new CorrectionView(c.id(), c.personId(), c.number(),
                c.changes().stream().map((FieldChange f) -> new Change(f.field(), f.before(), f.after())).toList(),
                c.reason(), c.provinceCode(), c.recordedAt(), c.recordedBy());
    }
}
