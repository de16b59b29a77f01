package org.vaxline.web;

import org.junit.jupiter.api.Test;
import org.vaxline.aefi.domain.LotRate;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A lot's safety state on the page: a rate over the threshold flags only with enough doses behind it. */
class WebSafetyStateTest {
    private static final BigDecimal THRESHOLD = new BigDecimal("10");

    @Test
    void overTheThresholdWithEnoughDosesIsFlagged() {
        assertThat(SafetyView.state(LotRate.of(UUID.randomUUID(), "L1", 5_000, 3, 2, THRESHOLD), 1_000)).isEqualTo("flagged");
    }

    @Test
    void overTheThresholdOnTooFewDosesIsNotFlagged() {
        assertThat(SafetyView.state(LotRate.of(UUID.randomUUID(), "L2", 50, 1, 1, THRESHOLD), 1_000)).isEqualTo("fewDoses");
    }

    @Test
    void theMinimumIsTheSettingsOne() {
        assertThat(SafetyView.state(LotRate.of(UUID.randomUUID(), "L4", 50, 1, 1, THRESHOLD), 0)).isEqualTo("flagged");
        assertThat(SafetyView.state(LotRate.of(UUID.randomUUID(), "L5", 5_000, 3, 2, THRESHOLD), 10_000)).isEqualTo("fewDoses");
    }

    @Test
    void underTheThresholdIsOk() {
        assertThat(SafetyView.state(LotRate.of(UUID.randomUUID(), "L3", 500_000, 10, 1, THRESHOLD), 1_000)).isEqualTo("ok");
    }

    @Test
    void daysOfSupplyAndTheirBands() {
        assertThat(StockView.daysOfSupply(3000, 1000, 30)).isEqualByComparingTo("90.0");
        assertThat(StockView.daysOfSupply(3000, 0, 30)).isNull();
        assertThat(StockView.band(0, null)).isEqualTo("out");
        assertThat(StockView.band(10, null)).isEqualTo("idle");
        assertThat(StockView.band(10, new BigDecimal("13.9"))).isEqualTo("low");
        assertThat(StockView.band(10, new BigDecimal("90"))).isEqualTo("ok");
        assertThat(StockView.band(10, new BigDecimal("90.1"))).isEqualTo("high");
        assertThat(StockView.TILES).hasSize(34);
        assertThat(StockView.TILES.values().stream().map(t -> t[0] + "," + t[1]).distinct()).hasSize(34);
    }
}
