package org.vaxline.person.cli;

import org.vaxline.person.domain.PersonMerge;
import org.vaxline.platform.id.Recorded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.UUID;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merges a duplicate record into the surviving one; nothing is deleted and both histories stay.")
final class PersonsMerge implements Runnable {
    @ParentCommand
    PersonsCommand parent;

    @Parameters(index = "0", paramLabel = "SURVIVOR_ID")
    UUID survivor;

    @Parameters(index = "1", paramLabel = "DUPLICATE_ID")
    UUID duplicate;

    @Option(names = "--reason", required = true)
    String reason;

    @Option(names = "--id", description = "The merge entry's id (a UUID); give it to make a re-run harmless.")
    UUID id;

    @Override
    public void run() {
        Recorded<PersonMerge> recorded = parent.module().mergePersons().merge(parent.actor(), id, survivor, duplicate, reason);
        parent.out().println((recorded.isNew() ? "merged " : "already merged: ") + duplicate + " into " + survivor
                + " (merge " + recorded.value().id() + ")");
        parent.out().flush();
    }
}
