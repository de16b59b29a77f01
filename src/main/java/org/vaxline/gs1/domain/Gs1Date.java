package org.vaxline.gs1.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * A GS1 YYMMDD date. The century comes from a reference year that the caller passes in (GS1 General Specifications
 * 7.12: the year lies from 49 years before to 50 years after it), so that parsing never depends on the system clock.
 */
public final class Gs1Date {
    private Gs1Date() {
    }

    /** The full year of a two-digit year, within −49…+50 years of the reference year. */
    public static int fullYear(int yy, Year reference) {
        if (yy < 0 || yy > 99) {
            throw new IllegalArgumentException("two-digit year expected: " + yy);
        }
        int referenceYear = reference.getValue();
        int year = referenceYear - Math.floorMod(referenceYear, 100) + yy;
        int difference = year - referenceYear;
        if (difference > 50) {
            year -= 100;
        } else if (difference < -49) {
            year += 100;
        }
        return year;
    }

    /**
     * The date of a six-digit YYMMDD value (already checked to be digits).
     *
     * @param dayZeroIsMonthEnd whether DD=00 means the last day of the month
     * @throws DateTimeException naming what is wrong, e.g. {@code month 13 is not 01–12}
     */
    public static LocalDate resolve(String yymmdd, Year reference, boolean dayZeroIsMonthEnd) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (month < 1 || month > 12) {
            throw new DateTimeException("month " + yymmdd.substring(2, 4) + " is not 01–12");
        }
        YearMonth yearMonth = YearMonth.of(fullYear(yy, reference), month);
        if (day == 0 && dayZeroIsMonthEnd) {
            return yearMonth.atEndOfMonth();
        }
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new DateTimeException("day " + yymmdd.substring(4, 6) + " is not 01–"
                    + yearMonth.lengthOfMonth() + " in " + yearMonth
                    + (day == 0 ? " (DD=00 is allowed only in best-before, sell-by and expiry dates)" : ""));
        }
        return yearMonth.atDay(day);
    }
}
