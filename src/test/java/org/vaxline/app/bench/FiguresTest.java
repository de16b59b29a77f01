package org.vaxline.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.platform.json.Json;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench's figures: a run with nothing measured (its people ran out in the warm-up) prints and writes no figure, not a crash. */
class FiguresTest {
    @TempDir
    Path dir;

    @Test
    void aRunWithNothingMeasuredHasNoFigureInsteadOfFailing() throws Exception {
        Figures figures = new Figures();
        figures.timed("(b) online doses, 64 clients", new Latencies.Summary(0, 0, 0, Double.NaN, Double.NaN, GcPauses.Pauses.NONE),
                new Latencies.Summary(30_000, 0, 3_000, 1.2, 4.5, GcPauses.Pauses.NONE));
        figures.timed("(c) a person by id", new Latencies.Summary(1_000, 0, 100, 2.0, 9.0, new GcPauses.Pauses(3, 70, 41)),
                new Latencies.Summary(1_000, 0, 1_000, 0.5, 3.0, GcPauses.Pauses.NONE));
        StringWriter printed = new StringWriter();
        figures.print(new PrintWriter(printed));
        figures.writeJson(dir.resolve("run.json"));

        assertThat(printed.toString()).contains("(b) online doses, 64 clients");
        JsonNode written = Json.mapper().readTree(dir.resolve("run.json").toFile()).get("figures");
        assertThat(written.get(0).get("p99Millis").isNull()).isTrue();
        assertThat(written.get(0).get("ratioToBare").isNull()).isTrue();
        assertThat(written.get(1).get("ratioToBare").asDouble()).isEqualTo(3.0);
        assertThat(written.get(1).get("gcLongestPauseMillis").asLong()).isEqualTo(41);
        assertThat(printed.toString()).contains("41 (3)");
    }
}
