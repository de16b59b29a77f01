package org.vaxline.gs1.domain;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a scanner sends, or what people paste of it, into bare element-string data: drops the symbology
 * identifier and writes every spelling of FNC1 as GS (ASCII 29).
 */
final class ScannerInput {
    /** GS1-128, GS1 DataBar, GS1 DataMatrix, GS1 QR Code, GS1 DotCode: the symbologies whose data is an element string. */
    private static final Set<String> GS1_SYMBOLOGIES = Set.of("]C1", "]e0", "]d2", "]Q3", "]J1");
    /**
     * What people paste for GS: the text {@code <GS>}, the escapes {@code \u001d} and {@code \x1d}, and the control
     * picture ␝ that some tools show. Only {@code <GS>} could also be data (both brackets are in set 82); we accept that.
     */
    private static final Pattern GS_SPELLINGS = Pattern.compile("(?i)<GS>|\\\\u001d|\\\\x1d|\u241d");

    private ScannerInput() {
    }

    static String unwrap(String scanned) {
        String data = scanned;
        if (data.startsWith("]")) {
            String identifier = data.substring(0, Math.min(3, data.length()));
            if (!GS1_SYMBOLOGIES.contains(identifier)) {
                throw Gs1Exception.at(Gs1Error.GS1_MALFORMED, identifier,
                        "symbology identifier does not mark GS1 data (expected ]d2, ]C1, ]Q3, ]e0 or ]J1)");
            }
            data = data.substring(3);
        }
        return GS_SPELLINGS.matcher(data).replaceAll(String.valueOf(ElementStringRenderer.GS));
    }
}
