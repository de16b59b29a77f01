package org.vaxline.platform.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one reading of a date typed by a client or an operator: {@code YYYY-MM-DD} exactly, a real calendar day, in the
 * years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Nobody vaccinated today was born before 1900, and a year 0 or
 * +99999 is a typo that would otherwise sit in a ledger for ever.
 */
public final class SaneDates {
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;
    public static final String FORMAT = "YYYY-MM-DD";
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private SaneDates() {
    }

    /** The date the text names; {@link IllegalArgumentException} with the reason (for people) otherwise. */
    public static LocalDate parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException("not a date (" + FORMAT + ")");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, STRICT);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date of the calendar (" + FORMAT + ")");
        }
        check(date);
        return date;
    }

    /** Refuses a date outside the sane years with {@link IllegalArgumentException}. */
    public static LocalDate check(LocalDate date) {
        String refusal = refusal(date);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        return date;
    }

    /** Why the date is refused, or null when it is within the sane years. */
    public static String refusal(LocalDate date) {
        return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? outOfRange() : null;
    }

    public static String outOfRange() {
        return "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR;
    }
}
