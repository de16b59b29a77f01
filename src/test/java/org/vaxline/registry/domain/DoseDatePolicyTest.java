package org.vaxline.registry.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A dose's day against today, the person's birth and the lot's arrival at the site: each refusal named. */
class DoseDatePolicyTest {
    private static final LocalDate TODAY = LocalDate.parse("2021-10-06");
    private static final LocalDate BORN = LocalDate.parse("1990-05-14");
    private static final LocalDate ARRIVED = LocalDate.parse("2021-09-24");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2021-10-06, ",
            "2021-09-24, ",
            "2021-10-07, DOSE_IN_FUTURE",
            "1990-05-13, DOSE_BEFORE_BIRTH",
            "1990-05-14, DOSE_BEFORE_ARRIVAL",
            "2021-09-23, DOSE_BEFORE_ARRIVAL",
    })
    void namesTheFactADoseDayContradicts(LocalDate givenOn, String refusal) {
        Runnable check = () -> {
            DoseDatePolicy.check(givenOn, TODAY, BORN);
            DoseDatePolicy.requireAtSite(givenOn, ARRIVED);
        };
        if (refusal == null) {
            assertThatCode(check::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(check::run).isInstanceOfSatisfying(VaxlineException.class,
                    e -> org.assertj.core.api.Assertions.assertThat(e.code().name()).isEqualTo(refusal))
                    .hasMessageStartingWith("givenOn: " + givenOn);
        }
    }

    @ParameterizedTest
    @CsvSource({"2021-07-25, DOSE_BEFORE_MANUFACTURE", "2021-07-26, ", "2021-10-06, "})
    void aDoseIsNotGivenFromALotBeforeItWasMade(LocalDate givenOn, String refusal) {
        Runnable check = () -> DoseDatePolicy.requireMade(givenOn, LocalDate.parse("2021-07-26"), "A2107-01");
        if (refusal == null) {
            assertThatCode(check::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(check::run).isInstanceOfSatisfying(VaxlineException.class,
                    e -> org.assertj.core.api.Assertions.assertThat(e.code().name()).isEqualTo(refusal)).hasMessageContaining("A2107-01");
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2021-09-19, ", "2021-09-20, ", "2021-09-21, DOSE_AFTER_DEATH", "2021-10-06, DOSE_AFTER_DEATH"})
    void aDoseIsNotGivenAfterThePersonDied(LocalDate givenOn, String refusal) {
        // the day of death itself may hold a dose: a death is recorded to the day, not the hour
        Runnable check = () -> DoseDatePolicy.requireAlive(givenOn, LocalDate.parse("2021-09-20"));
        if (refusal == null) {
            assertThatCode(check::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(check::run).isInstanceOfSatisfying(VaxlineException.class, e -> {
                org.assertj.core.api.Assertions.assertThat(e.code().name()).isEqualTo(refusal);
                org.assertj.core.api.Assertions.assertThat(e.details()).containsEntry("diedOn", LocalDate.parse("2021-09-20"));
                org.assertj.core.api.Assertions.assertThat(e.fieldErrors()).containsEntry("givenOn", "after the person died on 2021-09-20");
            }).hasMessage("givenOn: " + givenOn + " is after the person died (2021-09-20)");
        }
    }

    @ParameterizedTest
    @CsvSource({"2021-01-01", "1800-01-01"})
    void unknownBirthOrArrivalRefusesNothingOfItsOwn(LocalDate givenOn) {
        assertThatCode(() -> {
            DoseDatePolicy.check(givenOn, TODAY, null);
            DoseDatePolicy.requireAtSite(givenOn, null);
            DoseDatePolicy.requireAlive(givenOn, null);
        }).doesNotThrowAnyException();
    }
}
