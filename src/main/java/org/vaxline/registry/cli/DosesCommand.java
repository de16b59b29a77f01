package org.vaxline.registry.cli;

import org.vaxline.platform.cli.CliOutput;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.application.PersonDoses;
import org.vaxline.registry.domain.Dose;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code vaxline doses record|list}. */
@Command(name = "doses", mixinStandardHelpOptions = true, description = "Records doses against a site's stock and lists a person's doses.")
public final class DosesCommand implements Runnable {
    private final RegistryCli cli;
    @Spec
    CommandLine.Model.CommandSpec spec;

    public DosesCommand(RegistryCli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: record, reverse, list");
    }

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = "Records one dose; its number is inferred and one dose of the lot leaves the site's stock.")
    void record(@Option(names = "--person", required = true) UUID person,
                @Option(names = "--lot", required = true, paramLabel = "LOT_ID") UUID lot,
                @Option(names = "--site", required = true, paramLabel = "SITE_ID_OR_CODE") String site,
                @Option(names = "--date", required = true) LocalDate date,
                @Option(names = "--session") UUID session,
                @Option(names = "--override-reason", paramLabel = "TEXT") String override,
                @Option(names = "--id", paramLabel = "UUID", description = "The dose's id, so a re-run records it once.") UUID id) {
        var module = cli.module().get();
        UUID product = module.lotProduct(lot);
        var recorded = module.recordDose().record(cli.actor().get(),
                new DoseRequest(id, person, product, lot, cli.site(site), date, session, override));
        Dose d = recorded.value();
        spec.commandLine().getOut().println((recorded.isNew() ? "recorded" : "already recorded") + " dose " + d.doseNumber()
                + " (" + d.kind() + ", " + d.seriesCode() + ") " + d.id());
        spec.commandLine().getOut().flush();
    }

    @Command(name = "reverse", mixinStandardHelpOptions = true,
            description = "Reverses a dose recorded in error (wrong person or lot): its dose returns to the site's stock, and "
                    + "the schedule and coverage read on without it. Record the right dose afterwards.")
    void reverse(@Parameters(paramLabel = "DOSE_ID") UUID dose,
                 @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason,
                 @Option(names = "--id", paramLabel = "UUID", description = "The reversal's id, so a re-run reverses once.") UUID id) {
        var reversed = cli.module().get().reverseDose().reverse(cli.actor().get(), id, dose, reason);
        spec.commandLine().getOut().println((reversed.isNew() ? "reversed" : "already reversed") + " dose " + dose
                + " by " + reversed.value().id() + "; one dose returned to the site's stock");
        spec.commandLine().getOut().flush();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists a person's doses and schedule per series.")
    void list(@Parameters(paramLabel = "PERSON_ID") UUID person, @Option(names = "--json") boolean json) {
        PersonDoses doses = cli.module().get().queries().ofPerson(person);
        var out = spec.commandLine().getOut();
        if (json) {
            CliOutput.json(out, doses);
            return;
        }
        CliOutput.table(out, List.of("DOSE", "SERIES", "KIND", "GIVEN", "LOT", "SITE", "ID"), doses.doses().stream()
                .map(d -> List.of(String.valueOf(d.doseNumber()), d.seriesCode(), d.kind().name(), d.givenOn().toString(),
                        d.lotId() == null ? "historical" : d.lotId().toString(),
                        d.siteId() == null ? String.valueOf(d.givenElsewhere()) : d.siteId().toString(), d.id().toString())).toList());
        doses.schedules().forEach(s -> out.println(s.seriesCode() + ": " + (s.nextDoseNumber() == null ? "complete"
                : "next dose " + s.nextDoseNumber() + " (" + s.nextKind() + ") from " + s.earliestOn() + ", due " + s.dueOn()
                + (s.overdue() ? ", OVERDUE" : ""))));
        out.flush();
    }
}
