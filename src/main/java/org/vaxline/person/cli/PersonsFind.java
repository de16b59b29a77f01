package org.vaxline.person.cli;

import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "find", mixinStandardHelpOptions = true,
        description = {"Finds people by identity number, phone, or name typed with or without diacritics (e.g. 'nguyen van an'),"
                + " within your province; or anyone by the exact type and number of an identity document.",
                "Example: persons find --id-type CCCD --id-number 001090012345 --reason 'traveller vaccinated here'"})
final class PersonsFind implements Runnable {
    @ParentCommand
    PersonsCommand parent;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "What to look for; several words are one name.")
    String[] text;

    @Option(names = "--province", paramLabel = "CODE")
    String province;

    @Option(names = "--id-type", description = "With --id-number: find the holder of this document anywhere. One of ${COMPLETION-CANDIDATES}.")
    IdentityType idType;

    @Option(names = "--id-number")
    String idNumber;

    @Option(names = "--reason", description = "Why you look up someone of another province; kept in the access log.")
    String reason;

    @Option(names = "--limit", defaultValue = "100")
    int limit;

    @Override
    public void run() {
        boolean byDocument = idType != null || idNumber != null;
        boolean byText = text != null && text.length > 0;
        if (byDocument == byText) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "name either TEXT or --id-type and --id-number");
        }
        Page<PersonRecord> page = byDocument
                ? parent.module().searchPersons().byDocument(parent.actor(), idType, idNumber, reason)
                : parent.module().searchPersons().search(parent.actor(), String.join(" ", text), province, null, limit);
        PersonPrinter.print(parent.out(), page.items());
    }
}
