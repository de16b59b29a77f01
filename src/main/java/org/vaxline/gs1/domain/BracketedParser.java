package org.vaxline.gs1.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the human-readable form {@code (01)09506000134352(17)220531(10)ABC123}. Brackets are in GS1 character set 82,
 * so a value may hold them: a {@code (} starts a new element only when it encloses 2–4 digits, and {@code \(} is
 * always a literal bracket (the escape the renderer writes).
 */
final class BracketedParser {
    private static final Pattern AI_GROUP = Pattern.compile("(?<!\\\\)\\(([0-9]{2,4})\\)");

    private BracketedParser() {
    }

    static List<Element> parse(String text) {
        Matcher group = AI_GROUP.matcher(text);
        if (!group.find() || group.start() != 0) {
            String head = text.substring(0, Math.min(text.length(), 12));
            throw Gs1Exception.at(Gs1Error.GS1_MALFORMED, head, "expected an AI in brackets, e.g. (01)");
        }
        List<Element> elements = new ArrayList<>();
        boolean more = true;
        while (more) {
            String code = group.group(1);
            int valueStart = group.end();
            more = group.find();
            String value = text.substring(valueStart, more ? group.start() : text.length()).replace("\\(", "(").strip();
            ApplicationIdentifier ai = AiTable.find(code).orElseThrow(() ->
                    Gs1Exception.of(Gs1Error.GS1_UNKNOWN_AI, code, value, "unknown Application Identifier"));
            elements.add(new Element(ai, value));
        }
        return elements;
    }
}
