package org.vaxline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vaxline persons}: register, find without diacritics, show, merge, and one-line refusals with exit codes. */
class PersonsCommandTest {
    @TempDir
    Path data;

    @Test
    void registersFindsShowsAndMerges() {
        List<String> store = List.of("--data", data.toString());
        assertThat(CliRun.run(store, "demo", "--load-only").exitCode()).isZero();
        CliRun an = CliRun.run(store, "persons", "register", "--id-type", "CCCD", "--id-number", "001090000123",
                "--name", "Nguyễn Văn An", "--born", "1990-05-01", "--sex", "MALE", "--phone", "0912 345 678",
                "--province", "01", "--commune", "COMMUNE-01-1", "--group", "HEALTH_WORKER");
        assertThat(an.exitCode()).as(an.err()).isZero();
        String anId = an.out().split("\\s+")[2];
        CliRun likely = CliRun.run(store, "persons", "register", "--id-type", "CCCD", "--id-number", "001090000999",
                "--name", "Nguyen Van An", "--born", "1990-05-01", "--sex", "MALE", "--phone", "+84912345678", "--province", "01");
        assertThat(likely.exitCode()).isEqualTo(4);
        assertThat(likely.err()).startsWith("error: PERSON_LIKELY_DUPLICATE");
        CliRun twin = CliRun.run(store, "persons", "register", "--id-type", "CCCD", "--id-number", "001090000999",
                "--name", "Nguyen Van An", "--born", "1990-05-01", "--sex", "MALE", "--phone", "+84912345678", "--province", "01",
                "--not-duplicate");
        assertThat(twin.exitCode()).isZero();
        String twinId = twin.out().split("\\s+")[2];

        assertThat(CliRun.run(store, "persons", "find", "nguyen", "van", "an").out()).contains("Nguyễn Văn An", "Nguyen Van An");
        CliRun bad = CliRun.run(store, "persons", "register", "--id-type", "CCCD", "--id-number", "001089000123",
                "--name", "X Y", "--born", "1990-05-01", "--sex", "MALE", "--province", "01");
        assertThat(bad.exitCode()).isEqualTo(5);
        assertThat(bad.err()).contains("identityNumber: digits 5-6 (89) do not match the birth year 1990");

        CliRun merge = CliRun.run(store, "persons", "merge", anId, twinId, "--reason", "same person");
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(CliRun.run(store, "persons", "show", twinId).out()).contains(anId).contains(twinId);
        assertThat(CliRun.run(List.of("--data", data.toString()), "persons", "--help").out()).contains("register", "find", "merge");
    }
}
