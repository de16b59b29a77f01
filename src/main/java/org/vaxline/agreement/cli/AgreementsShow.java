package org.vaxline.agreement.cli;

import org.vaxline.agreement.application.AgreementReport;
import org.vaxline.platform.cli.CliOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.LocalDate;
import java.util.UUID;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one agreement: committed, delivered, outstanding, percent delivered and the forecast.")
final class AgreementsShow implements Runnable {
    @ParentCommand
    AgreementsCommand parent;

    @Parameters(paramLabel = "AGREEMENT_ID")
    UUID id;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Report progress as on this day (default: today).")
    LocalDate asOf;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public void run() {
        AgreementReport report = parent.module().queries().report(id, asOf);
        if (json) {
            CliOutput.json(parent.out(), report);
        } else {
            AgreementPrinter.print(parent.out(), report);
        }
    }
}
