package org.vaxline.registry.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaxline.catalog.domain.AgeRange;
import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Whether a person may receive a product at their age on the dose's day: the product's ages, then their group's. */
class EligibilityPolicyTest {
    private static Integer bound(String text) {
        return text == null || text.isEmpty() ? null : Integer.valueOf(text);
    }

    @ParameterizedTest(name = "born {0}, dose {1}, product [{2},{3}], {4} [{5},{6}] → {7}")
    @CsvSource({
            // born,      given on,   product min/max, group,   group min/max, outcome
            "2019-06-01, 2021-10-06, 2,  '', GENERAL,       '', '', ELIGIBLE",
            "2019-10-07, 2021-10-06, 2,  '', GENERAL,       '', '', DOSE_AGE_NOT_ELIGIBLE",
            "2019-10-06, 2021-10-06, 2,  '', GENERAL,       '', '', ELIGIBLE",
            "2019-06-01, 2021-10-06, 2,  '', OVER_65,       65, '', DOSE_GROUP_NOT_ELIGIBLE",
            "2019-06-01, 2021-10-06, 18, '', OVER_65,       65, '', DOSE_AGE_NOT_ELIGIBLE",
            "1950-01-01, 2021-10-06, 2,  '', OVER_65,       65, '', ELIGIBLE",
            "1956-12-01, 2021-10-06, 2,  '', OVER_65,       65, '', DOSE_GROUP_NOT_ELIGIBLE",
            "2003-01-01, 2021-10-06, 2,  18, GENERAL,       '', '', ELIGIBLE",
            "2002-01-01, 2021-10-06, 2,  18, GENERAL,       '', '', DOSE_AGE_NOT_ELIGIBLE",
            "2004-01-01, 2021-10-06, '', '', HEALTH_WORKER, 18, '', DOSE_GROUP_NOT_ELIGIBLE",
            "1960-01-01, 2021-10-06, '', '', PREGNANT,      10, 60, DOSE_GROUP_NOT_ELIGIBLE",
            "2020-02-29, 2022-02-28, 2,  '', GENERAL,       '', '', DOSE_AGE_NOT_ELIGIBLE",
            "2020-02-29, 2022-03-01, 2,  '', GENERAL,       '', '', ELIGIBLE",
            "2021-10-07, 2021-10-06, '', '', GENERAL,       '', '', DOSE_AGE_NOT_ELIGIBLE",
            "1990-05-01, 2021-10-06, '', '', GENERAL,       '', '', ELIGIBLE"})
    void decides(LocalDate born, LocalDate givenOn, String productMin, String productMax, String group, String groupMin,
                 String groupMax, String outcome) {
        VaxlineException e = catchThrowableOfType(() -> EligibilityPolicy.check(born, givenOn, "Abdala (CIGB-66)",
                new AgeRange(bound(productMin), bound(productMax)), group, new AgeRange(bound(groupMin), bound(groupMax))),
                VaxlineException.class);
        assertThat(e == null ? "ELIGIBLE" : e.code().toString()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "2019-10-07 | 2 || GENERAL || DOSE_AGE_NOT_ELIGIBLE | personId: Abdala (CIGB-66) is for ages 2 and over; the person is 1 on 2021-10-06 (born 2019-10-07)",
            "2019-06-01 | 2 || OVER_65 | 65 | DOSE_GROUP_NOT_ELIGIBLE | personId: priority group OVER_65 is for ages 65 and over; the person is 2 on 2021-10-06 (born 2019-06-01): correct their group or birth date first",
            "2021-10-07 | || GENERAL || DOSE_AGE_NOT_ELIGIBLE | givenOn: 2021-10-06 is before the person's birth on 2021-10-07"})
    void namesTheRuleTheAgeAndTheBounds(LocalDate born, String productMin, String productMax, String group, String groupMin,
                                        String code, String message) {
        VaxlineException e = catchThrowableOfType(() -> EligibilityPolicy.check(born, LocalDate.of(2021, 10, 6), "Abdala (CIGB-66)",
                new AgeRange(bound(productMin), bound(productMax)), group, new AgeRange(bound(groupMin), null)), VaxlineException.class);
        assertThat(e.code()).hasToString(code);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.code().kind()).isEqualTo(org.vaxline.platform.error.ErrorKind.RULE);
        if (!message.startsWith("givenOn")) {
            assertThat(e.fieldErrors()).containsOnlyKeys("personId");
            assertThat(e.details()).containsKeys("ageYears", "minAgeYears");
        }
    }

    @org.junit.jupiter.api.Test
    void noRangeMeansAnyAge() {
        EligibilityPolicy.check(LocalDate.of(1920, 1, 1), LocalDate.of(2021, 10, 6), "X", null, "GENERAL", null);
        EligibilityPolicy.check(LocalDate.of(2021, 10, 6), LocalDate.of(2021, 10, 6), "X", AgeRange.ANY, "GENERAL", AgeRange.ANY);
    }
}
