package org.vaxline.gs1.domain;

import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * Parses a GS1 element string in any of the forms that reach a vaccination site: bracketed as typed, raw as a
 * scanner sends it, or a GS1 Digital Link URI. Two-digit years are read around the reference year the caller passes.
 */
public final class Gs1Parser {
    private final Year referenceYear;

    public Gs1Parser(Year referenceYear) {
        this.referenceYear = Objects.requireNonNull(referenceYear, "referenceYear");
    }

    /**
     * @throws Gs1Exception naming the bad part, with a {@code GS1_…} code
     */
    public ElementString parse(String text) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw Gs1Exception.input(Gs1Error.GS1_MALFORMED, "empty element string");
        }
        List<Element> elements;
        if (DigitalLinkParser.looksLikeOne(input)) {
            elements = DigitalLinkParser.parse(input);
        } else if (input.startsWith("(")) {
            elements = BracketedParser.parse(input);
        } else {
            elements = RawParser.parse(ScannerInput.unwrap(input));
        }
        return new ElementString(ElementValidator.validate(elements, referenceYear), referenceYear);
    }
}
