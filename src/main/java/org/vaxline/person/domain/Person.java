package org.vaxline.person.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A registered person.
 *
 * @param normalizedName     the name as search compares it
 * @param phone              normalised (+84…), or null
 * @param provinceCode       the (2025) province the person lives in
 * @param communeId          the commune facility the person belongs to, or null
 * @param registrationSiteId the facility where the person was registered, or null
 * @param recordedAt         when the person was registered
 * @param recordedBy         who registered the person
 * @param corrections        how many corrections the current values carry (0: as registered)
 * @param correctedAt        when the last correction was made, or null
 * @param correctedBy        who made the last correction, or null
 * @param diedOn             the day the person died, or null while the registry knows of no death
 */
public record Person(UUID id, IdentityType identityType, String identityNumber, String fullName, String normalizedName,
                     LocalDate dateOfBirth, Sex sex, String phone, String provinceCode, UUID communeId,
                     String priorityGroup, UUID registrationSiteId, Instant recordedAt, String recordedBy,
                     int corrections, Instant correctedAt, String correctedBy, LocalDate diedOn) {

    /** A person as registered, never corrected. */
    public Person(UUID id, IdentityType identityType, String identityNumber, String fullName, String normalizedName,
                  LocalDate dateOfBirth, Sex sex, String phone, String provinceCode, UUID communeId,
                  String priorityGroup, UUID registrationSiteId, Instant recordedAt, String recordedBy) {
        this(id, identityType, identityNumber, fullName, normalizedName, dateOfBirth, sex, phone, provinceCode, communeId,
                priorityGroup, registrationSiteId, recordedAt, recordedBy, 0, null, null, null);
    }

    public boolean deceased() {
        return diedOn != null;
    }

    public boolean corrected() {
        return corrections > 0;
    }

    /** Whether a retried registration says the same as this one (who and when aside). */
    public boolean sameContentAs(Person other) {
        return identityType == other.identityType && Objects.equals(identityNumber, other.identityNumber)
                && Objects.equals(fullName, other.fullName) && Objects.equals(dateOfBirth, other.dateOfBirth)
                && sex == other.sex && Objects.equals(phone, other.phone) && Objects.equals(provinceCode, other.provinceCode)
                && Objects.equals(communeId, other.communeId) && Objects.equals(priorityGroup, other.priorityGroup)
                && Objects.equals(registrationSiteId, other.registrationSiteId);
    }
}
