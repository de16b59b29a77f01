package org.vaxline.gs1.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each way a string is refused has its own code, and the message names the AI and the text at fault. */
class Gs1RejectionsTest {
    private static final Gs1Parser PARSER = new Gs1Parser(Year.of(2025));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (01)09506000134353(10)A                     | GS1_CHECK_DIGIT   | AI (01) 09506000134353: check digit is 3, expected 2
            https://id.gs1.org/01/09506000134353        | GS1_CHECK_DIGIT   | AI (01) 09506000134353: check digit is 3, expected 2
            (00)106141411234567890                      | GS1_CHECK_DIGIT   | AI (00) 106141411234567890: check digit is 0, expected 7
            (01)09506000134352(17)221331                | GS1_BAD_DATE      | AI (17) 221331: month 13 is not 01–12
            (01)09506000134352(17)230229                | GS1_BAD_DATE      | AI (17) 230229: day 29 is not 01–28 in 2023-02
            (01)09506000134352(11)250100                | GS1_BAD_DATE      | AI (11) 250100: day 00 is not 01–31 in 2025-01 (DD=00 is allowed only in best-before, sell-by and expiry dates)
            (01)09506000134352(99)ABC                   | GS1_UNKNOWN_AI    | AI (99) ABC: unknown Application Identifier
            01095060001343529912345                     | GS1_UNKNOWN_AI    | at "9912345": no known Application Identifier starts here
            https://id.gs1.org/01/09506000134352/98/X   | GS1_UNKNOWN_AI    | AI (98) X: unknown Application Identifier
            (01)0950600013435                           | GS1_BAD_LENGTH    | AI (01) 0950600013435: 13 characters, expected 14 (N14)
            (10)ABCDEFGHIJKLMNOPQRSTU                   | GS1_BAD_LENGTH    | AI (10) ABCDEFGHIJKLMNOPQRSTU: 21 characters, at most 20 (X..20)
            10ABCDEFGHIJKLMNOPQRSTU17220531             | GS1_BAD_LENGTH    | AI (10) ABCDEFGHIJKLMNOPQRSTU17220531: 29 characters, at most 20 (is the GS separator after it missing?)
            (30)123456789                               | GS1_BAD_LENGTH    | AI (30) 123456789: 9 characters, at most 8 (N..8)
            (01)0950600013435A                          | GS1_NOT_NUMERIC   | AI (01) 0950600013435A: 'A' at position 14 is not a digit
            (37)1O                                      | GS1_NOT_NUMERIC   | AI (37) 1O: 'O' at position 2 is not a digit
            (10)ABC#1                                   | GS1_BAD_CHARACTER | AI (10) ABC#1: character '#' (U+0023) at position 4 is outside the GS1 character set
            https://id.gs1.org/01/09506000134352/10/A%20B | GS1_BAD_CHARACTER | AI (10) A B: character U+0020 at position 2 is outside the GS1 character set
            (10)ABC(17)220531(10)ABD                    | GS1_DUPLICATE_AI  | AI (10) ABD: AI (10) already given as ABC
            (01)09506000134352(10)                      | GS1_MISSING_DATA  | AI (10): no data after the AI
            010950600013435210                          | GS1_MISSING_DATA  | AI (10): no data after the AI
            https://id.gs1.org/01/09506000134352?17=    | GS1_MISSING_DATA  | AI (17): no data after the AI
            010950600013435210A<GS><GS>17220531         | GS1_MALFORMED     | at "<GS>17220531": separator where an AI was expected
            ]d1010950600013435210ABC                    | GS1_MALFORMED     | at "]d1": symbology identifier does not mark GS1 data (expected ]d2, ]C1, ]Q3, ]e0 or ]J1)
            (1)ABC(10)DEF                               | GS1_MALFORMED     | at "(1)ABC(10)DE": expected an AI in brackets, e.g. (01)
            lot (10)ABC                                 | GS1_UNKNOWN_AI    | at "lot (10)ABC": no known Application Identifier starts here
            https://example.com/products/abc            | GS1_MALFORMED     | at "https://example.com/products/abc": no GS1 primary key (e.g. /01/GTIN) at the end of the path
            https://id.gs1.org/01/09506000134352/21/S/10/L | GS1_MALFORMED | AI (10) L: not a key qualifier of (01) here; its qualifiers come in the order 22, 10, 21
            https://id.gs1.org/01/09506000134352/10/A%G1 | GS1_MALFORMED    | at "A%G1": bad percent-encoding at position 2
            """)
    void namesTheBadPart(String input, Gs1Error code, String message) {
        Gs1Exception rejection = catchThrowableOfType(Gs1Exception.class, () -> PARSER.parse(input));

        assertThat(rejection).as("rejected").isNotNull();
        assertThat(rejection.code()).isEqualTo(code);
        assertThat(rejection.getMessage()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource({"''", "'   '"})
    void anEmptyStringIsMalformed(String input) {
        Gs1Exception rejection = catchThrowableOfType(Gs1Exception.class, () -> PARSER.parse(input));

        assertThat(rejection.code()).isEqualTo(Gs1Error.GS1_MALFORMED);
    }

    @org.junit.jupiter.api.Test
    void theRejectionCarriesTheAiAndThePart() {
        Gs1Exception rejection = catchThrowableOfType(Gs1Exception.class,
                () -> PARSER.parse("(01)09506000134353"));

        assertThat(rejection.ai()).isEqualTo("01");
        assertThat(rejection.part()).isEqualTo("09506000134353");
        assertThat(rejection.fieldErrors()).containsOnlyKeys("(01)");
        assertThat(rejection.details()).containsEntry("ai", "01").containsEntry("part", "09506000134353");
    }
}
