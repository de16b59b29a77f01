package org.vaxline.platform.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads back the ISO text SQLite keeps dates and instants in, as {@link LocalDate#toString} and
 * {@link Instant#toString} wrote it, without the general formatter: {@link java.time.format.DateTimeFormatter} cost
 * a batch of doses as much as the read itself (about a microsecond a value, every person and dose read twice an
 * instant). Anything else, or anything out of range, goes to the JDK's parser, which also names the error.
 */
final class IsoText {
    private IsoText() {
    }

    /** {@code yyyy-MM-dd}. */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (java.time.DateTimeException notADay) {
                    // 2021-02-30: the JDK's parser says what is wrong with it
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ}, or with 1 to 9 digits of a second's fraction before the Z. */
    static Instant instant(String text) {
        int length = text.length();
        if (length >= 20 && length <= 30 && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && text.charAt(length - 1) == 'Z' && (length == 20 || text.charAt(19) == '.' && length >= 22)) {
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = 0;
            if (length > 20) {
                int fraction = digits(text, 20, length - 1);
                nanos = fraction < 0 ? -1 : fraction * (int) Math.pow(10, 9 - (length - 21));
            }
            if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && nanos >= 0) {
                LocalDate day = date(text.substring(0, 10));
                return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number in [from, to), or -1 when any of it is not a digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
