package org.vaxline.registryimport.domain;

import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.Sex;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the values ministries' files hold: dates as ISO or Vietnamese day/month/year, sex and ID types in either language. */
public final class Values {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final String DATE_FORMATS = "YYYY-MM-DD or dd/MM/yyyy";
    public static final String SEXES = "Nam, Nữ, Khác or MALE, FEMALE, OTHER";
    public static final String ID_TYPES = "CCCD, PASSPORT or OTHER";

    private Values() {
    }

    /** A date written {@code 1990-05-01} or {@code 01/05/1990}; empty when it is neither or no such day. */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<Sex> sex(String text) {
        return switch (plain(text)) {
            case "NAM", "MALE", "M" -> Optional.of(Sex.MALE);
            case "NU", "FEMALE", "F" -> Optional.of(Sex.FEMALE);
            case "KHAC", "OTHER" -> Optional.of(Sex.OTHER);
            default -> Optional.empty();
        };
    }

    public static Optional<IdentityType> identityType(String text) {
        return switch (plain(text)) {
            case "CCCD" -> Optional.of(IdentityType.CCCD);
            case "PASSPORT", "HO CHIEU", "HO_CHIEU" -> Optional.of(IdentityType.PASSPORT);
            case "OTHER", "KHAC" -> Optional.of(IdentityType.OTHER);
            default -> Optional.empty();
        };
    }

    /** Combining marks, compiled once: an import reads a few values of every row through {@link #plain}. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** Capitals without diacritics, so {@code Nữ}, {@code nu} and {@code NỮ} read alike. */
    static String plain(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD)).replaceAll("");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toUpperCase(Locale.ROOT);
    }
}
