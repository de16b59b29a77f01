package org.vaxline.gs1.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gs1 parse} as a site runs it: JSON and exit 0, or one error line and exit 1. */
class Gs1CommandTest {
    private static final Clock IN_2025 = Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Clock clock, String... args) {
        CommandLine line = new CommandLine(new Gs1Command(clock));
        line.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return line.execute(args);
    }

    @Test
    void printsTheElementsAsJsonInTheirOrder() {
        int exit = run(IN_2025, "parse", "(01)09506000134352(17)220531(10)ABC123");

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().replaceAll("\\s", ""))
                .isEqualTo("{\"01\":\"09506000134352\",\"17\":\"220531\",\"10\":\"ABC123\"}");
    }

    @Test
    void readsRawScannerDataAndDigitalLinks() {
        assertThat(run(IN_2025, "parse", "]d2010950600013435210ABC123\u001d17220531")).isZero();
        assertThat(run(IN_2025, "parse", "https://id.gs1.org/01/09506000134352/10/ABC123?17=220531")).isZero();
        assertThat(out.toString()).contains("\"10\" : \"ABC123\"");
    }

    @Test
    void aBadStringIsOneErrorLineAndExit1() {
        int exit = run(IN_2025, "parse", "(01)09506000134353(10)ABC123");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo(
                "error: GS1_CHECK_DIGIT: AI (01) 09506000134353: check digit is 3, expected 2" + System.lineSeparator());
    }

    @Test
    void theDefaultReferenceYearComesFromTheInjectedClock() {
        // 30 Feb never exists; 29 Feb 2000 exists, 29 Feb 2100 does not: the century decides.
        assertThat(run(IN_2025, "parse", "(11)000229")).isZero();
        Clock in2080 = Clock.fixed(Instant.parse("2080-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertThat(run(in2080, "parse", "(11)000229")).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: GS1_BAD_DATE: AI (11) 000229: day 29 is not 01–28 in 2100-02");
    }

    @Test
    void theReferenceYearCanBeGiven() {
        assertThat(run(IN_2025, "parse", "(11)000229", "--reference-year", "2080")).isEqualTo(1);
        assertThat(run(IN_2025, "parse", "(11)000229", "--reference-year", "2025")).isZero();
    }

    @Test
    void helpIsNotAnElementString() {
        assertThat(run(IN_2025, "parse", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: gs1 parse");
    }

    @Test
    void aBadReferenceYearIsAUsageError() {
        assertThat(run(IN_2025, "parse", "(11)000229", "--reference-year", "25")).isEqualTo(2);
        assertThat(err.toString()).contains("--reference-year must be a four-digit year, not 25");
    }
}
