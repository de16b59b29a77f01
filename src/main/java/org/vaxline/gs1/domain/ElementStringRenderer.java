package org.vaxline.gs1.domain;

import java.util.Map;

/** Writes elements back as text: the bracketed form people read, or the raw form a scanner sends. */
public final class ElementStringRenderer {
    /** ASCII 29, group separator: how scanners transmit FNC1 inside the data. */
    public static final char GS = '\u001d';

    private ElementStringRenderer() {
    }

    /** {@code (01)09506000134352(10)ABC123}; a bracket inside a value is escaped as {@code \(}. */
    public static String bracketed(Map<String, String> elements) {
        StringBuilder text = new StringBuilder();
        elements.forEach((ai, value) -> text.append('(').append(ai).append(')').append(value.replace("(", "\\(")));
        return text.toString();
    }

    /** The data without symbology identifier: GS after every element whose length is not predefined, but the last. */
    public static String raw(Map<String, String> elements) {
        StringBuilder text = new StringBuilder();
        boolean separatorDue = false;
        for (Map.Entry<String, String> element : elements.entrySet()) {
            ApplicationIdentifier ai = AiTable.find(element.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("unknown AI " + element.getKey()));
            if (separatorDue) {
                text.append(GS);
            }
            text.append(ai.code()).append(element.getValue());
            separatorDue = ai.fnc1Required();
        }
        return text.toString();
    }
}
