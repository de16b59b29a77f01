package org.vaxline.person.domain;

import org.vaxline.platform.error.Violations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a correction makes of a person's record: the record with the named fields replaced, checked by the same rules
 * as a registration ({@link PersonRules}); references to provinces, communes and groups are checked by the caller.
 */
public final class CorrectionPolicy {
    static final int MAX_REASON = 500;

    private CorrectionPolicy() {
    }

    /** The corrected fields and the record they make. */
    public record Outcome(List<FieldChange> fields, NewPerson corrected) {
        public List<String> changedFields() {
            return fields.stream().filter(FieldChange::changed).map(FieldChange::field).toList();
        }

        public boolean changes(String field) {
            return changedFields().contains(field);
        }
    }

    /** Adds a fault for every field at fault; {@code today} comes from the caller's clock. */
    public static Outcome apply(Person current, CorrectionRequest r, CitizenId citizenIds, LocalDate today, Violations v) {
        if (r.reason() == null || r.reason().isBlank()) {
            v.add("reason", "required: say why the record was wrong");
        } else {
            v.check(r.reason().strip().length() <= MAX_REASON, "reason", "at most " + MAX_REASON + " characters");
        }
        IdentityType type = or(r.identityType(), current.identityType());
        String number = r.identityNumber() != null ? IdentityDocument.canonical(type, r.identityNumber())
                : r.identityType() != null ? IdentityDocument.canonical(type, current.identityNumber()) : current.identityNumber();
        String phone = r.phone() == null ? current.phone()
                : r.phone().isBlank() ? null : PhoneNumber.normalize(r.phone()).orElse(r.phone().strip());
        NewPerson corrected = new NewPerson(current.id(), type, number,
                r.fullName() == null ? current.fullName() : PersonName.clean(r.fullName()), or(r.dateOfBirth(), current.dateOfBirth()),
                or(r.sex(), current.sex()), phone, or(r.provinceCode(), current.provinceCode()), or(r.communeId(), current.communeId()),
                or(r.priorityGroup(), current.priorityGroup()), current.registrationSiteId(), true);
        PersonRules.check(corrected, citizenIds, today, v);
        if (current.diedOn() != null && corrected.dateOfBirth() != null && corrected.dateOfBirth().isAfter(current.diedOn())) {
            v.add("dateOfBirth", "is after the day the person died (" + current.diedOn() + ")");
        }

        List<FieldChange> fields = new ArrayList<>();
        named(fields, "fullName", r.fullName(), current, corrected, p -> p.fullName(), NewPerson::fullName);
        named(fields, "dateOfBirth", r.dateOfBirth(), current, corrected, Person::dateOfBirth, NewPerson::dateOfBirth);
        named(fields, "sex", r.sex(), current, corrected, Person::sex, NewPerson::sex);
        named(fields, "phone", r.phone(), current, corrected, Person::phone, NewPerson::phone);
        named(fields, "provinceCode", r.provinceCode(), current, corrected, Person::provinceCode, NewPerson::provinceCode);
        named(fields, "communeId", r.communeId(), current, corrected, Person::communeId, NewPerson::communeId);
        named(fields, "priorityGroup", r.priorityGroup(), current, corrected, Person::priorityGroup, NewPerson::priorityGroup);
        named(fields, "identityType", r.identityType(), current, corrected, Person::identityType, NewPerson::identityType);
        named(fields, "identityNumber", r.identityNumber() != null || r.identityType() != null ? "" : null, current, corrected,
                Person::identityNumber, NewPerson::identityNumber);
        if (fields.isEmpty()) {
            v.add("fields", "name at least one field to correct: fullName, dateOfBirth, sex, phone, provinceCode, communeId, "
                    + "priorityGroup, identityType, identityNumber");
        } else if (fields.stream().noneMatch(FieldChange::changed)) {
            v.add("fields", "changes nothing: every field named already holds that value");
        }
        return new Outcome(fields, corrected);
    }

    /** The record after the correction: registration facts kept, one more correction counted. */
    public static Person corrected(Person current, NewPerson c, Instant at, String by) {
        return new Person(current.id(), c.identityType(), c.identityNumber(), c.fullName(), PersonName.normalize(c.fullName()),
                c.dateOfBirth(), c.sex(), c.phone(), c.provinceCode(), c.communeId(), c.priorityGroup(),
                current.registrationSiteId(), current.recordedAt(), current.recordedBy(), current.corrections() + 1, at, by,
                current.diedOn());
    }

    /** The entry that records it. */
    public static PersonCorrection entry(UUID id, Person after, List<FieldChange> fields, String reason) {
        return new PersonCorrection(id, after.id(), after.corrections(), fields, reason.strip(), after.provinceCode(),
                after.correctedAt(), after.correctedBy());
    }

    private static <T> void named(List<FieldChange> fields, String field, Object requested, Person current, NewPerson corrected,
                                  Function<Person, T> before, Function<NewPerson, T> after) {
        if (requested != null) {
            fields.add(new FieldChange(field, text(before.apply(current)), text(after.apply(corrected))));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
