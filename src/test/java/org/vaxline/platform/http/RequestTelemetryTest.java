package org.vaxline.platform.http;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTelemetryTest {
    @Test
    void aDurationIsWrittenToOneDecimalAsTheFormatterWouldWriteIt() {
        for (float ms : new float[]{0f, 0.04f, 0.05f, 0.96f, 1f, 9.95f, 12.34f, 99.99f, 1234.5f, 60_000.26f}) {
            assertThat(RequestTelemetry.tenths(ms)).as("%s ms", ms)
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", (double) Math.round(ms * 10.0) / 10.0));
        }
        assertThat(RequestTelemetry.tenths(12.34f)).isEqualTo("12.3");
        assertThat(RequestTelemetry.tenths(0.96f)).isEqualTo("1.0");
        assertThat(RequestTelemetry.tenths(7f)).isEqualTo("7.0");
    }
}
