package org.vaxline.person.cli;

import org.vaxline.person.application.PersonRecord;
import org.vaxline.platform.http.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "find", mixinStandardHelpOptions = true,
        description = "Finds people by identity number, phone, or name typed with or without diacritics (e.g. 'nguyen van an').")
final class PersonsFind implements Runnable {
    @ParentCommand
    PersonsCommand parent;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "What to look for; several words are one name.")
    String[] text;

    @Option(names = "--province", paramLabel = "CODE")
    String province;

    @Option(names = "--limit", defaultValue = "100")
    int limit;

    @Override
    public void run() {
        Page<PersonRecord> page = parent.module().searchPersons().search(parent.actor(), String.join(" ", text), province,
                null, limit);
        PersonPrinter.print(parent.out(), page.items());
    }
}
