package org.vaxline.registry.cli;

import org.vaxline.platform.cli.CliOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.List;

/** {@code vaxline due --site SITE --date D}: who is due or overdue at a site on a day. */
@Command(name = "due", mixinStandardHelpOptions = true, description = "Lists who is due or overdue at a site on a day.")
public final class DueCommand implements Runnable {
    private final RegistryCli cli;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--site", required = true, paramLabel = "SITE_ID_OR_CODE")
    String site;
    @Option(names = "--date", required = true)
    LocalDate date;
    @Option(names = "--limit", defaultValue = "1000")
    int limit;

    public DueCommand(RegistryCli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        var page = cli.module().get().queries().dueAt(cli.site(site), date, null, limit);
        CliOutput.table(spec.commandLine().getOut(), List.of("PERSON", "SERIES", "DOSE", "EARLIEST", "DUE", "OVERDUE"),
                page.items().stream().map(e -> List.of(e.personId().toString(), e.seriesCode(), String.valueOf(e.doseNumber()),
                        e.earliestOn().toString(), e.dueOn().toString(), e.overdue() ? "yes" : "no")).toList());
    }
}
