package org.vaxline.registry.cli;

import org.vaxline.platform.cli.CliOutput;
import org.vaxline.registry.application.SessionSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code vaxline sessions open|vials|close}. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "Vaccination sessions: open one, open vials in it, close it (what is left in opened vials is wasted).")
public final class SessionsCommand implements Runnable {
    private final RegistryCli cli;
    @Spec
    CommandLine.Model.CommandSpec spec;

    public SessionsCommand(RegistryCli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: open, vials, close");
    }

    @Command(name = "open", mixinStandardHelpOptions = true, description = "Opens a session at a site for a day.")
    void open(@Option(names = "--site", required = true, paramLabel = "SITE_ID_OR_CODE") String site,
              @Option(names = "--date", required = true) LocalDate date,
              @Option(names = "--id", paramLabel = "UUID") UUID id) {
        print(cli.module().get().sessions().open(cli.actor().get(), id, cli.site(site), date).value());
    }

    @Command(name = "vials", mixinStandardHelpOptions = true, description = "Opens vials of a lot in a session.")
    void vials(@Parameters(paramLabel = "SESSION_ID") UUID session,
               @Option(names = "--lot", required = true, paramLabel = "LOT_ID") UUID lot,
               @Option(names = "--count", required = true) int count) {
        print(cli.module().get().sessions().openVials(cli.actor().get(), session, null, lot, count).value());
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "Closes a session, wasting the doses left in its opened vials.")
    void close(@Parameters(paramLabel = "SESSION_ID") UUID session) {
        print(cli.module().get().sessions().close(cli.actor().get(), session));
    }

    private void print(SessionSummary s) {
        var out = spec.commandLine().getOut();
        out.println("session " + s.id() + " at " + s.siteId() + " on " + s.date() + (s.closed() ? " (closed)" : " (open)"));
        CliOutput.table(out, List.of("LOT", "VIALS", "OPENED", "GIVEN", "WASTED"), s.lots().stream()
                .map(l -> List.of(l.lotId().toString(), String.valueOf(l.vialsOpened()), String.valueOf(l.dosesOpened()),
                        String.valueOf(l.administered()), String.valueOf(l.wasted()))).toList());
    }
}
