package org.vaxline.aefi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.aefi.application.AdministeredDoses.DoseRef;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.store.Dialect;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.aefi.AefiWorld.HANOI_CDC;

/** The lot recall and aefi commands on SQLite, run through picocli as the composition root will wire them. */
class AefiCommandsTest {
    @TempDir
    Path tempDir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + (e instanceof VaxlineException v ? v.code().name() + ": " : "") + e.getMessage());
            return 5;
        });
        return new Run(line.execute(args), out.toString(), err.toString());
    }

    @Test
    void recallsByLotNumberReportsAndListsLots() {
        try (AefiWorld w = new AefiWorld(Dialect.SQLITE, tempDir)) {
            UUID lot = w.releasedLot("A2301");
            w.receive(HANOI_CDC, lot, 120);
            DoseRef dose = w.dose(lot);
            Object aefi = AefiModule.command(() -> w.aefi, () -> AefiWorld.ADMIN);
            Object lotCommand = AefiModule.lotCommand(() -> w.aefi, () -> AefiWorld.ADMIN);

            Run reported = run(aefi, "report", "--dose", dose.doseId().toString(), "--onset", "2021-09-25T10:00:00Z",
                    "--seriousness", "SERIOUS", "--criterion", "HOSPITALIZATION,LIFE_THREATENING", "--outcome", "RECOVERING",
                    "--description", "anaphylaxis");
            assertThat(reported.exit()).as(reported.err()).isZero();
            assertThat(reported.out()).startsWith("reported ").contains("(LIFE_THREATENING, HOSPITALIZATION)");
            assertThat(run(aefi, "list", "--lot", "A2301", "--serious").out()).startsWith("1 report(s)");
            assertThat(run(aefi, "lots", "--flagged").out()).contains("A2301  1  1  1  100000  FLAGGED");

            Run recalled = run(lotCommand, "recall", "A2301", "--reason", "serious events above threshold");
            assertThat(recalled.exit()).as(recalled.err()).isZero();
            assertThat(recalled.out()).startsWith("recalled lot A2301").contains("everywhere")
                    .contains("recipients: 1").contains(dose.personId().toString())
                    .contains("facilities holding stock: 1").contains("CDC-01  01  120");
            Run again = run(lotCommand, "recall", "A2301", "--reason", "serious events above threshold");
            assertThat(again.out()).startsWith("lot already recalled: A2301");

            Run refused = run(aefi, "report", "--dose", dose.doseId().toString(), "--onset", "2021-09-25T10:00:00Z",
                    "--seriousness", "SERIOUS", "--outcome", "RECOVERING", "--description", "x");
            assertThat(refused.exit()).isEqualTo(5);
            assertThat(refused.err().strip()).startsWith("error: AEFI_INVALID: seriousCriteria").doesNotContain("\n");
        }
    }
}
