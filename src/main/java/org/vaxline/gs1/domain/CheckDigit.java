package org.vaxline.gs1.domain;

/** The GS1 mod-10 check digit (GS1 General Specifications 7.9.1), shared by GTIN, SSCC, GLN and GSIN. */
public final class CheckDigit {
    private CheckDigit() {
    }

    /** The check digit for these digits: weights 3 and 1 alternate from the rightmost digit leftwards. */
    public static int compute(String digitsWithoutCheck) {
        int sum = 0;
        for (int i = 0; i < digitsWithoutCheck.length(); i++) {
            int digit = digitsWithoutCheck.charAt(digitsWithoutCheck.length() - 1 - i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not a digit in " + digitsWithoutCheck);
            }
            sum += i % 2 == 0 ? 3 * digit : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** The digits followed by their check digit. */
    public static String append(String digitsWithoutCheck) {
        return digitsWithoutCheck + compute(digitsWithoutCheck);
    }

    public static boolean isValid(String digitsWithCheck) {
        if (digitsWithCheck.length() < 2) {
            return false;
        }
        int last = digitsWithCheck.length() - 1;
        return digitsWithCheck.charAt(last) - '0' == compute(digitsWithCheck.substring(0, last));
    }
}
