package org.vaxline.gs1.domain;

import org.vaxline.platform.error.VaxlineException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A GS1 element string refused, naming the bad part: the AI (when one is known) and the offending text,
 * so that a site worker can see which part of the label to re-type.
 */
public final class Gs1Exception extends VaxlineException {
    private final String ai;
    private final String part;

    private Gs1Exception(Gs1Error code, String ai, String part, String message) {
        super(code, message, ai == null ? Map.of() : Map.of("(" + ai + ")", message), details(ai, part));
        this.ai = ai;
        this.part = part;
    }

    /** A value of a known AI is bad: {@code AI (01) 09506000134353: check digit is 3, expected 2}. */
    public static Gs1Exception of(Gs1Error code, String ai, String value, String reason) {
        String shown = value.isEmpty() ? "" : " " + visible(value);
        return new Gs1Exception(code, ai, value, "AI (" + ai + ")" + shown + ": " + reason);
    }

    /** The string around the AIs is bad (no AI known yet): {@code at "99ABC": unknown AI}. */
    public static Gs1Exception at(Gs1Error code, String part, String reason) {
        return new Gs1Exception(code, null, part, "at \"" + visible(part) + "\": " + reason);
    }

    /** The input as a whole is bad. */
    public static Gs1Exception input(Gs1Error code, String reason) {
        return new Gs1Exception(code, null, null, reason);
    }

    @Override
    public Gs1Error code() {
        return (Gs1Error) super.code();
    }

    /** The AI at fault, or null when the fault lies outside any element. */
    public String ai() {
        return ai;
    }

    /** The offending text, or null when the whole input is at fault. */
    public String part() {
        return part;
    }

    /** Shows separators and other control characters, which a terminal would swallow, as text. */
    static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ElementStringRenderer.GS) {
                shown.append("<GS>");
            } else if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private static Map<String, Object> details(String ai, String part) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (ai != null) {
            details.put("ai", ai);
        }
        if (part != null) {
            details.put("part", part);
        }
        return details;
    }
}
