package org.vaxline.gs1.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The AI table holds the AIs the issue asks for, with the lengths of the GS1 General Specifications. */
class AiTableTest {
    @Test
    void coversTheAisOfTheIssue() {
        assertThat(AiTable.all()).extracting(ApplicationIdentifier::code)
                .contains("00", "01", "02", "10", "11", "15", "17", "21", "30", "37", "240", "400");
    }

    @Test
    void rowsSayTheirFormatAndSeparatorNeed() {
        assertThat(AiTable.find("01")).hasValueSatisfying(gtin -> {
            assertThat(gtin.formatSpec()).isEqualTo("N14");
            assertThat(gtin.fnc1Required()).isFalse();
            assertThat(gtin.rule()).isEqualTo(ValueRule.CHECK_DIGIT);
        });
        assertThat(AiTable.find("10")).hasValueSatisfying(lot -> {
            assertThat(lot.formatSpec()).isEqualTo("X..20");
            assertThat(lot.fnc1Required()).isTrue();
        });
        assertThat(AiTable.find("37").orElseThrow().formatSpec()).isEqualTo("N..8");
        assertThat(AiTable.find("402").orElseThrow().fnc1Required()).as("fixed, but not a predefined length").isTrue();
    }

    @Test
    void theAiAtThePositionIsFoundWithoutBrackets() {
        assertThat(AiTable.startingAt("xx240ABC", 2)).map(ApplicationIdentifier::code).contains("240");
        assertThat(AiTable.startingAt("9912", 0)).isEmpty();
    }

    @Test
    void cset82IsExactly82Characters() {
        long allowed = java.util.stream.IntStream.range(0, 128).filter(c -> AiFormat.isCset82((char) c)).count();
        assertThat(allowed).isEqualTo(82);
    }
}
