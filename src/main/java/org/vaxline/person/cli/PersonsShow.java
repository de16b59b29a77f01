package org.vaxline.person.cli;

import org.vaxline.person.application.PersonCorrections;
import org.vaxline.platform.cli.CliOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.UUID;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one person (a merged-away id shows the surviving record) and the corrections of their record.")
final class PersonsShow implements Runnable {
    @ParentCommand
    PersonsCommand parent;

    @Parameters(paramLabel = "PERSON_ID")
    UUID id;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--reason", description = "Why you read the record; required outside your province, kept in the access log.")
    String reason;

    @Override
    public void run() {
        PersonCorrections.History history = parent.module().corrections().history(parent.actor(), id, reason);
        if (json) {
            CliOutput.json(parent.out(), history);
            return;
        }
        PersonPrinter.print(parent.out(), List.of(history.record()));
        if (!history.corrections().isEmpty()) {
            parent.out().println();
            PersonPrinter.printCorrections(parent.out(), history.corrections());
        }
    }
}
