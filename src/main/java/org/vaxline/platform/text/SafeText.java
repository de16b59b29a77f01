package org.vaxline.platform.text;

/**
 * What text input may hold, for every border (JSON, query parameters, the command line): at most {@value #MAX_LENGTH}
 * characters and no control character but TAB and LF. A stored ESC or CR could drive an operator's terminal, and a
 * 100 KB title is an attack, not a title.
 */
public final class SafeText {
    /** The longest text any field accepts. */
    public static final int MAX_LENGTH = 2000;

    private SafeText() {
    }

    /** Why the text is refused, or null when it is acceptable. */
    public static String refusal(String text) {
        if (text.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRefusedControl(c)) {
                return "contains the control character " + codePoint(c) + " (only tab and line feed are allowed)";
            }
        }
        return null;
    }

    /** C0 controls but TAB and LF, DEL, and the C1 controls U+0080 to U+009F. */
    public static boolean isRefusedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    /** The text with every refused control character written as a visible escape ({@code \u001b}). */
    public static String escapeControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRefusedControl(c)) {
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
