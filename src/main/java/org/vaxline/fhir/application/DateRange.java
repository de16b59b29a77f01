package org.vaxline.fhir.application;

import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A FHIR date search value as a range of days: a prefix ({@code eq ge gt le lt sa eb}, default {@code eq}) and a date
 * of year, month or day precision (a time part is cut to its day).
 *
 * @param from the first day matched, or null for no lower bound
 * @param to   the last day matched, or null for no upper bound
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange parse(String parameter, String value) {
        String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
        String date = prefix.equals("eq") && !value.startsWith("eq") ? value : value.substring(2);
        if (date.length() > 10) {
            date = date.substring(0, 10);
        }
        LocalDate first;
        LocalDate last;
        try {
            switch (date.length()) {
                case 4 -> {
                    first = LocalDate.of(Integer.parseInt(date), 1, 1);
                    last = first.plusYears(1).minusDays(1);
                }
                case 7 -> {
                    YearMonth month = YearMonth.parse(date);
                    first = month.atDay(1);
                    last = month.atEndOfMonth();
                }
                case 10 -> {
                    first = LocalDate.parse(date);
                    last = first;
                }
                default -> throw new DateTimeParseException("bad length", date, 0);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, parameter,
                    "must be a date YYYY, YYYY-MM or YYYY-MM-DD, with an optional prefix eq, ge, gt, le, lt");
        }
        return switch (prefix) {
            case "eq" -> new DateRange(first, last);
            case "ge" -> new DateRange(first, null);
            case "gt", "sa" -> new DateRange(last.plusDays(1), null);
            case "le" -> new DateRange(null, last);
            case "lt", "eb" -> new DateRange(null, first.minusDays(1));
            default -> throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, parameter,
                    "prefix " + prefix + " is not supported: use eq, ge, gt, le or lt");
        };
    }
}
