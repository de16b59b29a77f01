package org.vaxline.gs1.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The three forms that reach a site (typed, scanned, Digital Link) read as the same element string. */
class Gs1ParserTest {
    private static final Gs1Parser PARSER = new Gs1Parser(Year.of(2025));
    private static final Map<String, String> VIAL = Map.of("01", "09506000134352", "17", "220531", "10", "ABC123");

    @ParameterizedTest
    @ValueSource(strings = {
            "(01)09506000134352(17)220531(10)ABC123",
            "(01) 09506000134352 (17) 220531 (10) ABC123",
            "0109506000134352172205311" + "0ABC123",
            "]d20109506000134352172205311" + "0ABC123",
            "]C1\u001d0109506000134352172205311" + "0ABC123",
            "01095060001343521" + "0ABC123\u001d17220531",
            "01095060001343521" + "0ABC123<GS>17220531",
            "01095060001343521" + "0ABC123<gs>17220531",
            "]Q301095060001343521" + "0ABC123\\u001d17220531",
            "]e001095060001343521" + "0ABC123\\x1D17220531",
            "01095060001343521" + "0ABC123\u241d17220531",
            "https://id.gs1.org/01/09506000134352/10/ABC123?17=220531",
            "HTTP://example.com/some/prefix/01/09506000134352/10/ABC123?linkType=gs1:pip&17=220531#top",
            "https://example.com/01/09506000134352/10/AB%43123?17=220531",
            "  (01)09506000134352(17)220531(10)ABC123\r\n",
    })
    void everyFormReadsAsTheSameElementString(String input) {
        ElementString parsed = PARSER.parse(input);

        assertThat(parsed.elements()).isEqualTo(VIAL);
        assertThat(parsed.gtin()).contains("09506000134352");
        assertThat(parsed.lot()).contains("ABC123");
        assertThat(parsed.expiry()).contains(LocalDate.of(2022, 5, 31));
    }

    @Test
    void keepsTheOrderOfTheInput() {
        assertThat(PARSER.parse("(01)09506000134352(17)220531(10)ABC123").elements().keySet())
                .containsExactly("01", "17", "10");
        assertThat(PARSER.parse("https://id.gs1.org/01/09506000134352/10/ABC123?17=220531").elements().keySet())
                .containsExactly("01", "10", "17");
    }

    @Test
    void typedAccessorsReadEveryCoveredAi() {
        ElementString parsed = PARSER.parse("(01)09506000134352(11)250115(17)271200(21)SN-0001(30)12(37)48(240)VX/7");

        assertThat(parsed.productionDate()).contains(LocalDate.of(2025, 1, 15));
        assertThat(parsed.expiry()).as("DD=00 is the last day of the month").contains(LocalDate.of(2027, 12, 31));
        assertThat(parsed.serial()).contains("SN-0001");
        assertThat(parsed.count()).contains(12);
        assertThat(parsed.tradeItemCount()).contains(48);
        assertThat(parsed.get("240")).contains("VX/7");
        assertThat(parsed.lot()).isEmpty();
        assertThat(parsed.bestBefore()).isEmpty();
    }

    @Test
    void readsAnSsccAndGlnsWithTheirCheckDigits() {
        ElementString parsed = PARSER.parse("(00)106141411234567897(410)9501101020917(37)25(400)PO-42");

        assertThat(parsed.sscc()).contains("106141411234567897");
        assertThat(parsed.elements()).containsEntry("410", "9501101020917").containsEntry("400", "PO-42");
    }

    @Test
    void theTwoDigitYearIsReadAroundTheCallersReferenceYear() {
        String label = "(01)09506000134352(17)500101";

        assertThat(new Gs1Parser(Year.of(2025)).parse(label).expiry()).contains(LocalDate.of(2050, 1, 1));
        assertThat(new Gs1Parser(Year.of(1990)).parse(label).expiry()).contains(LocalDate.of(1950, 1, 1));
    }

    @Test
    void aDigitalLinkMayCarryAShortGtinAndSerialQualifier() {
        ElementString parsed = PARSER.parse("https://brand.example/01/9506000134352/10/L%2F1/21/S+1?11=250101");

        assertThat(parsed.gtin()).as("GTIN-13 padded to 14 digits").contains("09506000134352");
        assertThat(parsed.lot()).as("an encoded slash stays in the value").contains("L/1");
        assertThat(parsed.serial()).as("a plus is a plus, not a space").contains("S+1");
    }

    @Test
    void aBracketInsideABracketedValueIsData() {
        assertThat(PARSER.parse("(01)09506000134352(10)A(B)C").lot()).contains("A(B)C");
        assertThat(PARSER.parse("(01)09506000134352(10)A\\(12)C").lot()).contains("A(12)C");
    }

    @Test
    void aRepeatedAiWithTheSameValueIsOneElement() {
        assertThat(PARSER.parse("(10)ABC(17)220531(10)ABC").elements()).containsOnlyKeys("10", "17");
    }

    @Test
    void aSeparatorAfterAPredefinedLengthValueIsTolerated() {
        assertThat(PARSER.parse("0109506000134352\u001d17220531\u001d10ABC123\u001d").elements()).isEqualTo(VIAL);
    }
}
