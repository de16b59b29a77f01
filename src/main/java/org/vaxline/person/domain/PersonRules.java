package org.vaxline.person.domain;

import org.vaxline.platform.error.Violations;

import java.time.LocalDate;
import java.util.List;

/** The rules a registration's own fields must keep; references to provinces and facilities are checked by the caller. */
public final class PersonRules {
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    static final int MAX_NAME = 200;

    private PersonRules() {
    }

    /** Adds a fault for every field at fault; {@code today} comes from the caller's clock. */
    public static void check(NewPerson p, CitizenId citizenIds, LocalDate today, Violations v) {
        v.check(p.identityType() != null, "identityType", "required: CCCD, PASSPORT or OTHER");
        String number = IdentityDocument.canonical(p.identityType(), p.identityNumber());
        if (number == null || number.isEmpty()) {
            v.add("identityNumber", "required");
        } else {
            List<String> faults = IdentityDocument.faults(p.identityType(), number, citizenIds, p.dateOfBirth(), p.sex());
            v.check(faults.isEmpty(), "identityNumber", String.join("; ", faults));
        }
        String name = PersonName.clean(p.fullName());
        if (name == null || name.isEmpty()) {
            v.add("fullName", "required");
        } else {
            v.check(name.length() <= MAX_NAME, "fullName", "at most " + MAX_NAME + " characters");
            v.check(name.codePoints().anyMatch(Character::isLetter), "fullName", "must contain letters");
        }
        if (p.dateOfBirth() == null) {
            v.add("dateOfBirth", "required");
        } else {
            v.check(!p.dateOfBirth().isAfter(today), "dateOfBirth", "is after today (" + today + ")");
            v.check(!p.dateOfBirth().isBefore(EARLIEST_BIRTH), "dateOfBirth", "is before " + EARLIEST_BIRTH);
        }
        v.check(p.sex() != null, "sex", "required: MALE, FEMALE or OTHER");
        v.check(p.phone() == null || p.phone().isBlank() || PhoneNumber.normalize(p.phone()).isPresent(), "phone",
                "not a Vietnamese phone number (e.g. 0912 345 678 or +84912345678)");
        v.check(p.provinceCode() != null && !p.provinceCode().isBlank(), "provinceCode", "required");
    }
}
