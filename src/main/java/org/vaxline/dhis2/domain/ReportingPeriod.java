package org.vaxline.dhis2.domain;

import org.vaxline.platform.error.VaxlineException;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DHIS2 reporting period in its ISO text form: a day ({@code 20210924}), an ISO week ({@code 2021W40}, Monday to
 * Sunday), a month ({@code 202109}), a quarter ({@code 2021Q3}) or a year ({@code 2021}).
 *
 * @param code      the period as DHIS2 writes it in a dataValueSet
 * @param from      its first day
 * @param to        its last day
 * @param adxPeriod the same period as ADX writes it: its first day and an ISO 8601 duration ({@code 2021-09-27/P7D})
 */
public record ReportingPeriod(String code, LocalDate from, LocalDate to, String adxPeriod) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})W(\\d{1,2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Reads a period; anything else is refused naming the forms that are understood. */
    public static ReportingPeriod parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("is required, e.g. 2021W40 (ISO week), 202109 (month) or 20210924 (day)");
        }
        Matcher m;
        try {
            if ((m = DAY.matcher(text)).matches()) {
                LocalDate day = LocalDate.of(year(m.group(1), text), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new ReportingPeriod(text, day, day, day + "/P1D");
            }
            if ((m = WEEK.matcher(text)).matches()) {
                int year = year(m.group(1), text);
                int week = Integer.parseInt(m.group(2));
                LocalDate probe = LocalDate.of(year, 6, 1);
                long weeks = probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
                if (week < 1 || week > weeks) {
                    throw invalid(text + ": ISO year " + year + " has weeks 1 to " + weeks);
                }
                LocalDate monday = probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                // DHIS2 writes the week without a leading zero (2021W9)
                return new ReportingPeriod(year + "W" + week, monday, monday.plusDays(6), monday + "/P7D");
            }
            if ((m = MONTH.matcher(text)).matches()) {
                YearMonth month = YearMonth.of(year(m.group(1), text), Integer.parseInt(m.group(2)));
                return new ReportingPeriod(text, month.atDay(1), month.atEndOfMonth(), month.atDay(1) + "/P1M");
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                int quarter = Integer.parseInt(m.group(2));
                LocalDate first = LocalDate.of(year(m.group(1), text), quarter * 3 - 2, 1);
                return new ReportingPeriod(text, first, first.plusMonths(3).minusDays(1), first + "/P3M");
            }
            if (YEAR.matcher(text).matches()) {
                LocalDate first = LocalDate.of(year(text, text), 1, 1);
                return new ReportingPeriod(text, first, first.plusYears(1).minusDays(1), first + "/P1Y");
            }
        } catch (DateTimeException e) {
            throw invalid(text + ": no such day or month");
        }
        throw invalid(text + ": not a day (20210924), ISO week (2021W40), month (202109), quarter (2021Q3) or year (2021)");
    }

    private static int year(String digits, String text) {
        int year = Integer.parseInt(digits);
        if (year < 1900 || year > 2199) {
            throw invalid(text + ": the year must be between 1900 and 2199");
        }
        return year;
    }

    private static VaxlineException invalid(String reason) {
        return VaxlineException.field(Dhis2Error.DHIS2_PERIOD_INVALID, "period", reason);
    }
}
