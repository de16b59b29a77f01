package org.vaxline.dhis2;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaxline.dhis2.domain.Dhis2Error;
import org.vaxline.dhis2.domain.ReportingPeriod;
import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DHIS2 periods read into their first and last days and their ADX form, and what is refused. */
class ReportingPeriodTest {
    @ParameterizedTest
    @CsvSource({
            "20210924, 20210924, 2021-09-24, 2021-09-24, 2021-09-24/P1D",
            "2021W40,  2021W40,  2021-10-04, 2021-10-10, 2021-10-04/P7D",
            "2021W01,  2021W1,   2021-01-04, 2021-01-10, 2021-01-04/P7D",
            "2020W53,  2020W53,  2020-12-28, 2021-01-03, 2020-12-28/P7D",
            "2019W1,   2019W1,   2018-12-31, 2019-01-06, 2018-12-31/P7D",
            "202109,   202109,   2021-09-01, 2021-09-30, 2021-09-01/P1M",
            "202402,   202402,   2024-02-01, 2024-02-29, 2024-02-01/P1M",
            "2021Q3,   2021Q3,   2021-07-01, 2021-09-30, 2021-07-01/P3M",
            "2021,     2021,     2021-01-01, 2021-12-31, 2021-01-01/P1Y"})
    void readsEachKindOfPeriod(String text, String code, LocalDate from, LocalDate to, String adx) {
        ReportingPeriod p = ReportingPeriod.parse(text);
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.from()).isEqualTo(from);
        assertThat(p.to()).isEqualTo(to);
        assertThat(p.adxPeriod()).isEqualTo(adx);
    }

    @ParameterizedTest
    @CsvSource(value = {
            "2021W53 | has weeks 1 to 52",
            "2021W0  | has weeks 1 to 52",
            "202113  | no such day or month",
            "20210230| no such day or month",
            "2021Q5  | not a day",
            "1899    | between 1900 and 2199",
            "21W40   | not a day",
            "2021-09 | not a day",
            "'  '    | is required"}, delimiter = '|')
    void refusesWhatIsNotAPeriod(String text, String reason) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOfSatisfying(VaxlineException.class, e -> {
                    assertThat(e.code()).isEqualTo(Dhis2Error.DHIS2_PERIOD_INVALID);
                    assertThat(e.getMessage()).contains(reason);
                });
    }
}
