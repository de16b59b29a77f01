package org.vaxline.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WebFormatTest {
    private static final LocalDate HANDOVER = LocalDate.of(2021, 9, 24);

    @Test
    void vietnameseGroupsWithDotsAndWritesDayMonthYear() {
        WebFormat vi = new WebFormat("vi");
        assertThat(vi.number(1_050_000)).isEqualTo("1.050.000");
        assertThat(vi.date(HANDOVER)).isEqualTo("24/09/2021");
        assertThat(vi.number(new BigDecimal("2500.5"))).isEqualTo("2.500,5");
        assertThat(vi.percent(new BigDecimal("10.5"))).startsWith("10,5").endsWith("%");
    }

    @Test
    void englishGroupsWithCommas() {
        WebFormat en = new WebFormat("en");
        assertThat(en.number(1_050_000)).isEqualTo("1,050,000");
        assertThat(en.date(HANDOVER)).matches("24 Sept? 2021");
        assertThat(en.percent(new BigDecimal("10.5"))).isEqualTo("10.5%");
    }

    @Test
    void spanishGroupsWithDotsAndUsesADecimalComma() {
        WebFormat es = new WebFormat("es");
        assertThat(es.number(1_050_000)).isEqualTo("1.050.000");
        assertThat(es.date(HANDOVER)).isEqualTo("24/09/2021");
        assertThat(es.percent(new BigDecimal("10.5"))).startsWith("10,5").endsWith("%");
    }

    @Test
    void anUnknownLanguageIsVietnameseAndMissingValuesShowADash() {
        assertThat(new WebFormat("fr").number(1_050_000)).isEqualTo("1.050.000");
        assertThat(new WebFormat("vi").date(null)).isEqualTo("–");
        assertThat(new WebFormat("vi").percent(null)).isEqualTo("–");
    }

    @Test
    void acceptLanguagePicksTheFirstOfOurs() {
        assertThat(WebLanguage.fromAcceptLanguage("fr-FR, es;q=0.8, en;q=0.5")).isEqualTo("es");
        assertThat(WebLanguage.fromAcceptLanguage("vi-VN")).isEqualTo("vi");
        assertThat(WebLanguage.fromAcceptLanguage("de")).isNull();
        assertThat(WebLanguage.fromAcceptLanguage("%%%")).isNull();
    }
}
