package org.vaxline.gs1.domain;

import java.time.DateTimeException;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks each value against its row of the AI table, and the elements against each other; the first fault is named. */
final class ElementValidator {
    private ElementValidator() {
    }

    static Map<String, String> validate(List<Element> elements, Year referenceYear) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element element : elements) {
            check(element, referenceYear);
            String code = element.ai().code();
            String earlier = values.putIfAbsent(code, element.value());
            if (earlier != null && !earlier.equals(element.value())) {
                throw Gs1Exception.of(Gs1Error.GS1_DUPLICATE_AI, code, element.value(),
                        "AI (" + code + ") already given as " + Gs1Exception.visible(earlier));
            }
        }
        return values;
    }

    static void check(Element element, Year referenceYear) {
        ApplicationIdentifier ai = element.ai();
        String value = element.value();
        if (value.isEmpty()) {
            throw Gs1Exception.of(Gs1Error.GS1_MISSING_DATA, ai.code(), value, "no data after the AI");
        }
        checkCharacters(ai, value);
        checkLength(ai, value);
        switch (ai.rule()) {
            case CHECK_DIGIT -> checkDigit(ai, value);
            case DATE -> checkDate(ai, value, referenceYear, false);
            case DATE_DAY_ZERO_IS_MONTH_END -> checkDate(ai, value, referenceYear, true);
            case NONE -> { }
        }
    }

    private static void checkCharacters(ApplicationIdentifier ai, String value) {
        int bad = ai.format().firstInvalid(value);
        if (bad < 0) {
            return;
        }
        char c = value.charAt(bad);
        String where = " at position " + (bad + 1);
        if (ai.format() == AiFormat.NUMERIC && AiFormat.isCset82(c)) {
            throw Gs1Exception.of(Gs1Error.GS1_NOT_NUMERIC, ai.code(), value, "'" + c + "'" + where + " is not a digit");
        }
        String codePoint = String.format("U+%04X", (int) c);
        String shown = Character.isISOControl(c) || Character.isWhitespace(c) ? codePoint : "'" + c + "' (" + codePoint + ")";
        throw Gs1Exception.of(Gs1Error.GS1_BAD_CHARACTER, ai.code(), value,
                "character " + shown + where + " is outside the GS1 character set");
    }

    private static void checkLength(ApplicationIdentifier ai, String value) {
        int length = value.length();
        if (ai.fixedLength() && length != ai.maxLength()) {
            throw Gs1Exception.of(Gs1Error.GS1_BAD_LENGTH, ai.code(), value,
                    length + " characters, expected " + ai.maxLength() + " (" + ai.formatSpec() + ")");
        }
        if (length > ai.maxLength()) {
            throw Gs1Exception.of(Gs1Error.GS1_BAD_LENGTH, ai.code(), value,
                    length + " characters, at most " + ai.maxLength() + " (" + ai.formatSpec() + ")");
        }
    }

    private static void checkDigit(ApplicationIdentifier ai, String value) {
        int last = value.length() - 1;
        int expected = CheckDigit.compute(value.substring(0, last));
        if (value.charAt(last) - '0' != expected) {
            throw Gs1Exception.of(Gs1Error.GS1_CHECK_DIGIT, ai.code(), value,
                    "check digit is " + value.charAt(last) + ", expected " + expected);
        }
    }

    private static void checkDate(ApplicationIdentifier ai, String value, Year referenceYear, boolean dayZero) {
        try {
            Gs1Date.resolve(value, referenceYear, dayZero);
        } catch (DateTimeException e) {
            throw Gs1Exception.of(Gs1Error.GS1_BAD_DATE, ai.code(), value, e.getMessage());
        }
    }
}
