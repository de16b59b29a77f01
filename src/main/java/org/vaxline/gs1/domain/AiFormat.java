package org.vaxline.gs1.domain;

/** What characters a GS1 value may hold: digits only, or the GS1 AI encodable character set 82. */
public enum AiFormat {
    NUMERIC,
    ALPHANUMERIC;

    /** The 20 symbols of character set 82 besides digits and Latin letters (GS1 General Specifications, Figure 7.11-1). */
    private static final String CSET82_SYMBOLS = "!\"%&'()*+,-./:;<=>?_";

    /** The index of the first character this format does not allow, or -1 when every character is allowed. */
    public int firstInvalid(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!allows(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    public boolean allows(char c) {
        boolean digit = c >= '0' && c <= '9';
        if (this == NUMERIC) {
            return digit;
        }
        return digit || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || CSET82_SYMBOLS.indexOf(c) >= 0;
    }

    public static boolean isCset82(char c) {
        return ALPHANUMERIC.allows(c);
    }
}
