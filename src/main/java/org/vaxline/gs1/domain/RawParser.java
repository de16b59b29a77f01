package org.vaxline.gs1.domain;

import java.util.ArrayList;
import java.util.List;

import static org.vaxline.gs1.domain.ElementStringRenderer.GS;

/**
 * Splits raw element-string data (AIs and values run together, GS where FNC1 was): a predefined-length value is
 * taken by its length, any other value runs to the next GS or the end.
 */
final class RawParser {
    private static final int SHOWN = 24;

    private RawParser() {
    }

    static List<Element> parse(String data) {
        int position = data.startsWith(String.valueOf(GS)) ? 1 : 0; // the leading FNC1 that marks GS1 data
        if (position == data.length()) {
            throw Gs1Exception.input(Gs1Error.GS1_MALFORMED, "no element string data");
        }
        List<Element> elements = new ArrayList<>();
        while (position < data.length()) {
            if (data.charAt(position) == GS) {
                throw Gs1Exception.at(Gs1Error.GS1_MALFORMED, rest(data, position), "separator where an AI was expected");
            }
            int at = position;
            ApplicationIdentifier ai = AiTable.startingAt(data, at).orElseThrow(() ->
                    Gs1Exception.at(Gs1Error.GS1_UNKNOWN_AI, rest(data, at), "no known Application Identifier starts here"));
            position += ai.code().length();
            int separator = data.indexOf(GS, position);
            int end = separator < 0 ? data.length() : separator;
            if (ai.predefinedLength() && end - position >= ai.maxLength()) {
                end = position + ai.maxLength();
            }
            String value = data.substring(position, end);
            if (ai.fnc1Required() && value.length() > ai.maxLength()) {
                throw Gs1Exception.of(Gs1Error.GS1_BAD_LENGTH, ai.code(), value, value.length() + " characters, at most "
                        + ai.maxLength() + " (is the GS separator after it missing?)");
            }
            elements.add(new Element(ai, value));
            position = end < data.length() && data.charAt(end) == GS ? end + 1 : end;
        }
        return elements;
    }

    private static String rest(String data, int position) {
        String rest = data.substring(position);
        return rest.length() <= SHOWN ? rest : rest.substring(0, SHOWN) + "…";
    }
}
