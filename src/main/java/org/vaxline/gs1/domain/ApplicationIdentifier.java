package org.vaxline.gs1.domain;

/**
 * One row of the AI table: the AI, its short title, how long its value is, which characters it holds, and whether
 * the value has a predefined length (so that, in scanner data, no FNC1 separator has to end it).
 */
public record ApplicationIdentifier(String code, String title, int minLength, int maxLength, AiFormat format,
                                    boolean predefinedLength, ValueRule rule) {
    public ApplicationIdentifier {
        if (!code.matches("[0-9]{2,4}") || minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("bad AI table row " + code);
        }
        if (predefinedLength && minLength != maxLength) {
            throw new IllegalArgumentException("AI " + code + ": a predefined length is a fixed length");
        }
    }

    public boolean fixedLength() {
        return minLength == maxLength;
    }

    /** In scanner data a variable-length value, and any value whose length is not predefined, ends with FNC1 (GS). */
    public boolean fnc1Required() {
        return !predefinedLength;
    }

    /** The format as the GS1 General Specifications write it, e.g. {@code N14} or {@code X..20}. */
    public String formatSpec() {
        String letter = format == AiFormat.NUMERIC ? "N" : "X";
        return fixedLength() ? letter + maxLength : letter + ".." + maxLength;
    }
}
