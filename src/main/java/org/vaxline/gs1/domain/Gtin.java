package org.vaxline.gs1.domain;

import java.util.Optional;

/** GS1 trade item numbers (GTIN-8, -12, -13, -14): kept as 14 digits, the form a pack's barcode carries in AI (01). */
public final class Gtin {
    private Gtin() {
    }

    /** Why the text is not a GTIN, or empty when it is one. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("is required");
        }
        String digits = text.trim();
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("must be digits only");
        }
        int length = digits.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            return Optional.of("must have 8, 12, 13 or 14 digits, not " + length);
        }
        int expected = CheckDigit.compute(digits.substring(0, length - 1));
        int actual = digits.charAt(length - 1) - '0';
        return expected == actual ? Optional.empty()
                : Optional.of("check digit is " + actual + " but should be " + expected);
    }

    /** The 14-digit form; call only on a valid GTIN. */
    public static String normalize(String gtin) {
        return "0".repeat(14 - gtin.trim().length()) + gtin.trim();
    }
}
