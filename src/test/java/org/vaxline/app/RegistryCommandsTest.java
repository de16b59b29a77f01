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
}
