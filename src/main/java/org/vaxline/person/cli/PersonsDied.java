package org.vaxline.person.cli;

import org.vaxline.person.application.PersonRecord;
import org.vaxline.platform.id.Recorded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.LocalDate;
import java.util.UUID;

@Command(name = "died", mixinStandardHelpOptions = true,
        description = "Records that a person died, once: they are no longer due, and no dose is given after the day.")
final class PersonsDied implements Runnable {
    @ParentCommand
    PersonsCommand parent;

    @Parameters(index = "0", paramLabel = "PERSON_ID")
    UUID person;

    @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "The day the person died.")
    LocalDate on;

    @Override
    public void run() {
        Recorded<PersonRecord> recorded = parent.module().recordDeath().record(parent.actor(), person, on);
        parent.out().println((recorded.isNew() ? "recorded: " : "already recorded: ") + person + " died on "
                + recorded.value().person().diedOn());
        parent.out().flush();
    }
}
