package org.vaxline.person.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A priority group's ages in completed years, both bounds included, a missing bound no bound. */
class PriorityGroupAgesTest {
    private static Integer bound(String text) {
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2} years")
    @CsvSource({
            "2019-06-01, 2021-10-01, 2",
            "2019-10-01, 2021-10-01, 2",
            "2019-10-02, 2021-10-01, 1",
            "2020-02-29, 2021-02-28, 0",
            "2020-02-29, 2021-03-01, 1",
            "2021-10-02, 2021-10-01, -1"})
    void ageInCompletedYears(LocalDate born, LocalDate on, int years) {
        assertThat(PriorityGroup.ageOn(born, on)).isEqualTo(years);
    }

    @ParameterizedTest(name = "{0} [{1}, {2}] at {3}: {4}")
    @CsvSource({
            "OVER_65,  65, '', 64, 'OVER_65 is for ages 65 and over; the person is 64 on 2021-10-01 (born 1957-06-01)'",
            "OVER_65,  65, '', 2,  'OVER_65 is for ages 65 and over; the person is 2 on 2021-10-01 (born 2019-06-01)'",
            "OVER_65,  65, '', 65, ",
            "PREGNANT, 10, 60, 61, 'PREGNANT is for ages 10 to 60; the person is 61 on 2021-10-01 (born 1960-06-01)'",
            "PREGNANT, 10, 60, 60, ",
            "YOUNG,    '', 17, 18, 'YOUNG is for ages up to 17; the person is 18 on 2021-10-01 (born 2003-06-01)'",
            "GENERAL,  '', '', 0,  "})
    void aGroupAdmitsItsAgesAndNamesTheBoundsWhenNot(String code, String min, String max, int age, String fault) {
        PriorityGroup group = new PriorityGroup(code, code, code, bound(min), bound(max));
        LocalDate today = LocalDate.of(2021, 10, 1);
        LocalDate born = LocalDate.of(2021 - age, 6, 1);
        assertThat(group.ageFault(born, today).orElse(null)).isEqualTo(fault);
    }
}
