package org.vaxline.platform.text;

/**
 * What text input may hold, for every border (JSON, query parameters, the command line): at most {@value #MAX_LENGTH}
 * characters and no control character but TAB, LF and GS. A stored ESC or CR could drive an operator's terminal, and a
 * 100 KB title is an attack, not a title. GS (U+001D) is data: a barcode scanner sends it for the FNC1 separator of
 * GS1 element strings (a vial's label), and it moves no terminal; output shows it escaped like every control character.
 */
public final class SafeText {
    /** The longest text any field accepts. */
    public static final int MAX_LENGTH = 2000;

    private static final char GROUP_SEPARATOR = '\u001d';

    private SafeText() {
    }

    /** Why the text is refused, or null when it is acceptable. */
    public static String refusal(String text) {
        if (text.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && c != GROUP_SEPARATOR) {
                return "contains the control character " + codePoint(c) + " (only tab, line feed and the GS1 separator U+001D are allowed)";
            }
        }
        return null;
    }

    /** C0 controls but TAB and LF, DEL, and the C1 controls U+0080 to U+009F: never printed raw. */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    /** The text with every control character but TAB and LF written as a visible escape ({@code \u001b}). */
    public static String escapeControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
