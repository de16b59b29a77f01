package org.vaxline.person.cli;

import org.vaxline.platform.cli.CliOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.UUID;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one person (a merged-away id shows the surviving record).")
final class PersonsShow implements Runnable {
    @ParentCommand
    PersonsCommand parent;

    @Parameters(paramLabel = "PERSON_ID")
    UUID id;

    @picocli.CommandLine.Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public void run() {
        var record = parent.module().readPerson().read(parent.actor(), id);
        if (json) {
            CliOutput.json(parent.out(), record);
        } else {
            PersonPrinter.print(parent.out(), List.of(record));
        }
    }
}
