package org.vaxline.person.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** An identity document's type and number, as stored: spaces removed, passports in capitals. */
public record IdentityDocument(IdentityType type, String number) {

    /** Compiled once: an import canonicalises every row's number, and String.replaceAll compiles its pattern each call. */
    private static final Pattern CITIZEN_ID_SEPARATORS = Pattern.compile("[\\s.-]");
    private static final Pattern SPACES = Pattern.compile("\\s");

    /** The number as it is stored and compared; null stays null. */
    public static String canonical(IdentityType type, String number) {
        if (number == null) {
            return null;
        }
        return switch (type == null ? IdentityType.OTHER : type) {
            case CCCD -> CITIZEN_ID_SEPARATORS.matcher(number).replaceAll("");
            case PASSPORT -> SPACES.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
            case OTHER -> number.trim();
        };
    }

    /** What is wrong with the number for its type (empty when valid); a citizen ID is checked against birth and sex. */
    public static List<String> faults(IdentityType type, String number, CitizenId citizenIds, LocalDate dateOfBirth, Sex sex) {
        if (type == null) {
            return List.of();
        }
        return switch (type) {
            case CCCD -> citizenIds.faults(number, dateOfBirth, sex);
            case PASSPORT -> number != null && number.matches("[A-Z0-9]{6,9}") ? List.of()
                    : List.of("a passport number is 6 to 9 letters or digits");
            case OTHER -> number != null && number.length() >= 3 && number.length() <= 32 ? List.of()
                    : List.of("must be 3 to 32 characters");
        };
    }
}
