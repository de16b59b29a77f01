package org.vaxline.fhir.bench;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.store.Dialect;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The FHIR benchmark at a tiny scale, so it keeps working: what it counts is checked, never how fast it went. */
class FhirBenchmarkTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aTinyRunCountsEverythingItMeasures(Dialect dialect) throws Exception {
        // more people than one Bundle holds, so the Bundles are cut
        int people = 57;
        FhirBenchmark.Figures f = FhirBenchmark.run(dialect, temp, people, 20, 25);
        assertThat(f.patients()).isEqualTo(people);
        assertThat(f.historical()).isEqualTo(people);
        assertThat(f.fromStock()).isEqualTo(people);
        assertThat(f.exported()).as("every Patient and every Immunization").isEqualTo(4L * people);
        assertThat(f.reads()).isEqualTo(20);
        assertThat(f.readP99Ms()).isGreaterThanOrEqualTo(f.readP50Ms()).isPositive();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        f.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("transaction Bundles", "bulk export", "Patient read", "bare");
    }
}
