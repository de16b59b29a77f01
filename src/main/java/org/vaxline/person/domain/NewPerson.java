package org.vaxline.person.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A registration as the client sends it.
 *
 * @param registeredAt        the facility where the person is registered (optional)
 * @param confirmNotDuplicate true when the registrar has checked the likely duplicates and this is someone else
 */
public record NewPerson(UUID id, IdentityType identityType, String identityNumber, String fullName, LocalDate dateOfBirth,
                        Sex sex, String phone, String provinceCode, UUID communeId, String priorityGroup,
                        UUID registeredAt, Boolean confirmNotDuplicate) {

    public boolean notDuplicateConfirmed() {
        return Boolean.TRUE.equals(confirmNotDuplicate);
    }
}
