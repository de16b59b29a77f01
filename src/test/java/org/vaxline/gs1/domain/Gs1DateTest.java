package org.vaxline.gs1.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** YYMMDD dates: GS1's century rule around the caller's reference year, real days, DD=00 as the month's end. */
class Gs1DateTest {
    @Test
    void theCenturyRuleKeepsTheYearWithin49YearsBeforeAnd50After() {
        Year reference = Year.of(2025);

        assertThat(Gs1Date.fullYear(75, reference)).isEqualTo(2075);
        assertThat(Gs1Date.fullYear(76, reference)).isEqualTo(1976);
        assertThat(Gs1Date.fullYear(0, reference)).isEqualTo(2000);
        assertThat(Gs1Date.fullYear(99, Year.of(2060))).isEqualTo(2099);
        assertThat(Gs1Date.fullYear(10, Year.of(2060))).isEqualTo(2110);
        assertThat(Gs1Date.fullYear(11, Year.of(2060))).isEqualTo(2011);
    }

    @Property(tries = 300)
    void anyTwoDigitYearLandsInTheWindow(@ForAll @IntRange(min = 1000, max = 9000) int reference,
                                         @ForAll @IntRange(min = 0, max = 99) int yy) {
        int year = Gs1Date.fullYear(yy, Year.of(reference));

        assertThat(year).isBetween(reference - 49, reference + 50);
        assertThat(Math.floorMod(year, 100)).isEqualTo(yy);
    }

    @Test
    void dayZeroIsTheLastDayOfTheMonthWhereAllowed() {
        assertThat(Gs1Date.resolve("240200", Year.of(2025), true)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Gs1Date.resolve("250200", Year.of(2025), true)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThatThrownBy(() -> Gs1Date.resolve("250200", Year.of(2025), false)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void leapDaysFollowTheResolvedCentury() {
        assertThat(Gs1Date.resolve("000229", Year.of(2025), false)).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThatThrownBy(() -> Gs1Date.resolve("000229", Year.of(2080), false))
                .hasMessage("day 29 is not 01–28 in 2100-02");
    }

    @Test
    void monthsOutsideTheYearAreRefused() {
        assertThatThrownBy(() -> Gs1Date.resolve("250001", Year.of(2025), true)).hasMessage("month 00 is not 01–12");
        assertThatThrownBy(() -> Gs1Date.resolve("250431", Year.of(2025), true)).hasMessage("day 31 is not 01–30 in 2025-04");
    }
}
