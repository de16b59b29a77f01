package org.vaxline.person.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A death's day against today and the birth, and what a second report of it makes: no store. */
class DeathPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2021, 10, 1);
    private static final LocalDate BORN = LocalDate.of(1990, 5, 1);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2021-10-01 | ",
            "1990-05-01 | ",
            "2009-02-06 | ",
            "2021-10-02 | is after today (2021-10-01)",
            "1990-04-30 | is before the person was born (1990-05-01)",
            "           | required: the day the person died (YYYY-MM-DD)",
    })
    void aDeathIsNeitherAfterTodayNorBeforeBirth(LocalDate diedOn, String fault) {
        Violations v = new Violations();
        DeathPolicy.check(diedOn, BORN, TODAY, v);
        if (fault == null) {
            assertThat(v.isEmpty()).isTrue();
        } else {
            VaxlineException e = catchThrowableOfType(() -> v.throwIfAny(PersonError.PERSON_DEATH_INVALID), VaxlineException.class);
            assertThat(e.code()).isEqualTo(PersonError.PERSON_DEATH_INVALID);
            assertThat(e.fieldErrors()).containsExactly(java.util.Map.entry("diedOn", fault));
        }
    }

    @Test
    void anUnknownBirthRefusesNothingOfItsOwn() {
        Violations v = new Violations();
        DeathPolicy.check(LocalDate.of(1901, 1, 1), null, TODAY, v);
        assertThat(v.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "recorded {0}, reported {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "           | 2021-09-20 | RECORD",
            "2021-09-20 | 2021-09-20 | ALREADY_RECORDED",
            "2021-09-20 | 2021-09-21 | CONFLICT",
    })
    void aPersonDiesOnce(LocalDate recorded, LocalDate reported, DeathPolicy.Outcome outcome) {
        assertThat(DeathPolicy.outcome(recorded, reported)).isEqualTo(outcome);
    }

    @Test
    void theRecordKeepsEverythingButGainsTheDay() {
        Person an = new Person(UUID.randomUUID(), IdentityType.CCCD, "001090000123", "Nguyễn Văn An", "nguyen van an", BORN,
                Sex.MALE, "+84912345678", "01", null, "HEALTH_WORKER", null, Instant.parse("2021-09-01T00:00:00Z"), "reg");
        Person died = DeathPolicy.died(an, LocalDate.of(2021, 9, 20));
        assertThat(an.deceased()).isFalse();
        assertThat(died.deceased()).isTrue();
        assertThat(died.diedOn()).isEqualTo(LocalDate.of(2021, 9, 20));
        assertThat(died).usingRecursiveComparison().ignoringFields("diedOn").isEqualTo(an);
    }
}
