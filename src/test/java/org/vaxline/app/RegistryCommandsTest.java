package org.vaxline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vaxline doses|sessions|due|reminders}: wired, with one-line refusals and exit codes. */
class RegistryCommandsTest {
    @TempDir
    Path data;

    @Test
    void theRegistryCommandsRunOnTheDemo() throws Exception {
        List<String> store = List.of("--data", data.toString());
        assertThat(CliRun.run(store, "demo", "--load-only").exitCode()).isZero();
        assertThat(CliRun.run(store, "--help").out()).contains("doses", "sessions", "due", "reminders");
        CliRun due = CliRun.run(store, "due", "--site", "SITE-01-1-1", "--date", "2021-10-01");
        assertThat(due.exitCode()).as(due.err()).isZero();
        assertThat(due.out()).contains("PERSON", "OVERDUE");
        reverseADoseOfSomeoneDue(store, CliRun.run(store, "due", "--site", "SITE-01-1-1", "--date", "2022-01-15").out());
        CliRun unknownLot = CliRun.run(store, "doses", "record", "--person", "01a20dd9-e085-795a-b7e7-a97c40936485",
                "--lot", "01a20dd9-e060-7aa2-be15-09b9a282a461", "--site", "SITE-01-1-1", "--date", "2021-10-01");
        assertThat(unknownLot.exitCode()).isEqualTo(3);
        assertThat(unknownLot.errorLines()).singleElement().satisfies(l -> assertThat(l).startsWith("error: NOT_FOUND"));
        CliRun unknownSite = CliRun.run(store, "sessions", "open", "--site", "NOWHERE", "--date", "2021-10-01");
        assertThat(unknownSite.exitCode()).isEqualTo(3);
        assertThat(CliRun.run(store, "reminders", "queue", "--date", "2021-10-01").out()).startsWith("queued ");
        Path file = data.resolve("sms.txt");
        CliRun send = CliRun.run(store, "reminders", "send", "--to", file.toString());
        assertThat(send.exitCode()).as(send.err()).isZero();
        assertThat(send.out()).startsWith("sent ");
        assertThat(CliRun.run(store, "doses", "list", "01a20dd9-e085-795a-b7e7-a97c40936485").exitCode()).isEqualTo(3);
        assertThat(Files.exists(file) || send.out().startsWith("sent 0")).isTrue();
    }

    /** {@code doses reverse}: once, a re-run with its id says so, another reversal of the dose is a conflict (exit 4). */
    private static void reverseADoseOfSomeoneDue(List<String> store, String dueList) throws Exception {
        java.util.regex.Matcher uuid = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .matcher(dueList);
        assertThat(uuid.find()).as(dueList).isTrue();
        String person = uuid.group();
        CliRun doses = CliRun.run(store, "doses", "list", person, "--json");
        assertThat(doses.exitCode()).as(doses.err()).isZero();
        String dose = new com.fasterxml.jackson.databind.ObjectMapper().readTree(doses.out()).path("doses").get(0).path("id").asText();
        String id = java.util.UUID.randomUUID().toString();
        CliRun reversed = CliRun.run(store, "doses", "reverse", dose, "--reason", "recorded against the wrong person", "--id", id);
        assertThat(reversed.exitCode()).as(reversed.err()).isZero();
        assertThat(reversed.out()).startsWith("reversed dose " + dose);
        assertThat(CliRun.run(store, "doses", "reverse", dose, "--reason", "recorded against the wrong person", "--id", id).out())
                .startsWith("already reversed");
        CliRun again = CliRun.run(store, "doses", "reverse", dose, "--reason", "twice");
        assertThat(again.exitCode()).isEqualTo(4);
        assertThat(again.errorLines()).singleElement().satisfies(l -> assertThat(l).startsWith("error: DOSE_ALREADY_REVERSED"));
        assertThat(CliRun.run(store, "doses", "list", person, "--json").out()).doesNotContain(dose);
    }
}
