package org.vaxline.person.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.error.VaxlineException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a correction makes of a record, and every fault it names, with no store: the registration's rules reused. */
class CorrectionPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2021, 10, 1);
    private static final Person AN = new Person(UUID.randomUUID(), IdentityType.CCCD, "001090000123", "Nguyễn Văn An",
            "nguyen van an", LocalDate.of(1990, 5, 1), Sex.MALE, "+84912345678", "01", null, "HEALTH_WORKER", null,
            Instant.parse("2021-09-01T00:00:00Z"), "reg");

    private static CorrectionRequest of(String field, String value) {
        return new CorrectionRequest(null,
                field.equals("fullName") ? value : null,
                field.equals("dateOfBirth") ? LocalDate.parse(value) : null,
                field.equals("sex") ? Sex.valueOf(value) : null,
                field.equals("phone") ? value : null,
                field.equals("provinceCode") ? value : null,
                null,
                field.equals("priorityGroup") ? value : null,
                field.equals("identityType") ? IdentityType.valueOf(value) : null,
                field.equals("identityNumber") ? value : null,
                "typed wrong");
    }

    private static Map<String, String> faults(CorrectionRequest r) {
        Violations v = new Violations();
        CorrectionPolicy.apply(AN, r, OldProvinceCodes.RULE, TODAY, v);
        return v.isEmpty() ? Map.of() : catchThrowableOfType(() -> v.throwIfAny(PersonError.PERSON_CORRECTION_INVALID),
                VaxlineException.class).fieldErrors();
    }

    @ParameterizedTest(name = "{0} = ''{1}'' → {2} ''{3}''")
    @CsvSource({
            "fullName,       '  Nguyễn   Văn Ân ', fullName,       Nguyễn Văn Ân",
            "dateOfBirth,    1990-05-14,           dateOfBirth,    1990-05-14",
            "phone,          0912 345 679,         phone,          +84912345679",
            "phone,          '',                   phone,          ",
            "provinceCode,   46,                   provinceCode,   46",
            "priorityGroup,  GENERAL,              priorityGroup,  GENERAL",
            "identityNumber, 001 090 000 124,      identityNumber, 001090000124"})
    void aFieldIsReplacedByItsCanonicalValue(String field, String value, String changed, String after) {
        Violations v = new Violations();
        CorrectionPolicy.Outcome outcome = CorrectionPolicy.apply(AN, of(field, value), OldProvinceCodes.RULE, TODAY, v);
        assertThat(v.isEmpty()).isTrue();
        assertThat(outcome.changedFields()).containsExactly(changed);
        assertThat(outcome.fields()).singleElement().satisfies(f -> assertThat(f.after()).isEqualTo(after));
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused on {2}")
    @CsvSource({
            "fullName,       ' ',            fullName,       required",
            "dateOfBirth,    2022-01-01,     dateOfBirth,    is after today (2021-10-01)",
            "dateOfBirth,    1991-05-01,     identityNumber, digits 5-6 (90) do not match the birth year 1991",
            "sex,            FEMALE,         identityNumber, 'digit 4 (0) means MALE, not FEMALE'",
            "phone,          12345,          phone,          'not a Vietnamese phone number (e.g. 0912 345 678 or +84912345678)'",
            "identityNumber, 001089000123,   identityNumber, digits 5-6 (89) do not match the birth year 1990",
            "identityType,   PASSPORT,       identityNumber, a passport number is 6 to 9 letters or digits",
            "fullName,       Nguyễn Văn An,  fields,         changes nothing: every field named already holds that value"})
    void aFieldAtFaultIsNamed(String field, String value, String faulty, String reason) {
        assertThat(faults(of(field, value))).containsEntry(faulty, reason);
    }

    @Test
    void aReasonAndAtLeastOneFieldAreRequired() {
        assertThat(faults(new CorrectionRequest(null, null, null, null, null, null, null, null, null, null, " ")))
                .containsOnlyKeys("reason", "fields");
    }

    @Test
    void theCorrectedRecordKeepsItsRegistrationAndCountsTheCorrection() {
        Violations v = new Violations();
        var outcome = CorrectionPolicy.apply(AN, of("fullName", "Nguyễn Văn Ân"), OldProvinceCodes.RULE, TODAY, v);
        Person after = CorrectionPolicy.corrected(AN, outcome.corrected(), Instant.parse("2021-10-01T09:00:00Z"), "fixer");
        assertThat(after.normalizedName()).isEqualTo("nguyen van an");
        assertThat(after.recordedBy()).isEqualTo("reg");
        assertThat(after.corrections()).isEqualTo(1);
        PersonCorrection entry = CorrectionPolicy.entry(UUID.randomUUID(), after, outcome.fields(), " typo ");
        assertThat(entry.number()).isEqualTo(1);
        assertThat(entry.reason()).isEqualTo("typo");
        assertThat(entry.sameRequestAs(AN.id(), outcome.fields(), "typo")).isTrue();
        assertThat(entry.sameRequestAs(AN.id(), List.of(new FieldChange("fullName", null, "Nguyễn Văn Anh")), "typo")).isFalse();
        assertThat(entry.sameRequestAs(AN.id(), outcome.fields(), "another reason")).isFalse();
    }

    @Test
    void aBirthDateIsNotCorrectedToAfterTheDeath() {
        Person died = DeathPolicy.died(AN, LocalDate.of(1990, 5, 10));
        Violations v = new Violations();
        CorrectionPolicy.Outcome outcome = CorrectionPolicy.apply(died, of("dateOfBirth", "1990-05-14"), OldProvinceCodes.RULE, TODAY, v);
        assertThat(catchThrowableOfType(() -> v.throwIfAny(PersonError.PERSON_CORRECTION_INVALID), VaxlineException.class)
                .fieldErrors()).containsEntry("dateOfBirth", "is after the day the person died (1990-05-10)");
        assertThat(CorrectionPolicy.corrected(died, outcome.corrected(), Instant.EPOCH, "x").diedOn())
                .as("a correction keeps the death").isEqualTo(LocalDate.of(1990, 5, 10));
    }
}
