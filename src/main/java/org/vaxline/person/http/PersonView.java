package org.vaxline.person.http;

import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person on the wire: the request's field names with their current (corrected) values, who registered them and
 * when, how many corrections the values carry and the last one's time and author, the day they died (when recorded),
 * and what was merged into them.
 */
record PersonView(UUID id, IdentityType identityType, String identityNumber, String fullName, LocalDate dateOfBirth,
                  Sex sex, String phone, String provinceCode, UUID communeId, String priorityGroup, UUID registeredAt,
                  Instant recordedAt, String recordedBy, int corrections, Instant correctedAt, String correctedBy,
                  LocalDate diedOn, List<UUID> mergedFrom) {
    static PersonView of(Person p, List<UUID> mergedFrom) {
        return new PersonView(p.id(), p.identityType(), p.identityNumber(), p.fullName(), p.dateOfBirth(), p.sex(),
                p.phone(), p.provinceCode(), p.communeId(), p.priorityGroup(), p.registrationSiteId(), p.recordedAt(),
                p.recordedBy(), p.corrections(), p.correctedAt(), p.correctedBy(), p.diedOn(), mergedFrom);
    }

    static PersonView of(PersonRecord r) {
        return of(r.person(), r.mergedFrom());
    }
}
