package org.vaxline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vaxline persons}: register, find without diacritics or by document, show, correct, merge, and one-line refusals with exit codes. */
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
        assertThat(CliRun.run(List.of("--data", data.toString()), "persons", "--help").out())
                .contains("register", "find", "correct", "merge");

        CliRun died = CliRun.run(store, "persons", "died", anId, "--on", "2021-09-20");
        assertThat(died.exitCode()).as(died.err()).isZero();
        assertThat(died.out()).startsWith("recorded: " + anId + " died on 2021-09-20");
        assertThat(CliRun.run(store, "persons", "died", anId, "--on", "2021-09-20").out()).startsWith("already recorded: ");
        CliRun otherDay = CliRun.run(store, "persons", "died", anId, "--on", "2021-09-21");
        assertThat(otherDay.exitCode()).isEqualTo(4);
        assertThat(otherDay.err()).startsWith("error: PERSON_DEATH_CONFLICT");
        CliRun unborn = CliRun.run(store, "persons", "died", anId, "--on", "1980-01-01");
        assertThat(unborn.exitCode()).isEqualTo(5);
        assertThat(unborn.err()).startsWith("error: PERSON_DEATH_INVALID").contains("diedOn: is before the person was born");
        assertThat(CliRun.run(store, "persons", "show", anId).out()).contains("DIED", "2021-09-20");

        CliRun fix = CliRun.run(store, "persons", "correct", anId, "--born", "1990-05-14", "--phone", "0912 345 679",
                "--reason", "birth date and phone typed wrong");
        assertThat(fix.exitCode()).as(fix.err()).isZero();
        assertThat(fix.out()).contains("corrected person " + anId, "1990-05-14");
        assertThat(CliRun.run(store, "persons", "show", anId).out())
                .contains("dateOfBirth", "1990-05-01", "1990-05-14", "+84912345679", "birth date and phone typed wrong");
        CliRun over65 = CliRun.run(store, "persons", "correct", anId, "--group", "OVER_65", "--reason", "typo");
        assertThat(over65.exitCode()).isEqualTo(5);
        assertThat(over65.errorLines()).singleElement().asString()
                .startsWith("error: PERSON_CORRECTION_INVALID: priorityGroup: OVER_65 is for ages 65 and over");
        CliRun merged = CliRun.run(store, "persons", "correct", twinId, "--name", "Nguyễn Văn Anh", "--reason", "typo");
        assertThat(merged.exitCode()).isEqualTo(4);
        assertThat(merged.err()).startsWith("error: PERSON_ALREADY_MERGED");
        assertThat(CliRun.run(store, "persons", "correct", anId, "--name", "X").exitCode()).as("--reason is required").isEqualTo(2);
        assertThat(CliRun.run(store, "persons", "find", "--id-type", "CCCD", "--id-number", "001 090 000 123", "--reason",
                "traveller").out()).contains(anId, "Nguyễn Văn An");
    }
}
