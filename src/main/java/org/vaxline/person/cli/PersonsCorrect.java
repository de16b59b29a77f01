package org.vaxline.person.cli;

import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.domain.CorrectionRequest;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.id.Recorded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Command(name = "correct", mixinStandardHelpOptions = true,
        description = {"Corrects fields of a person's record that were typed wrong; the correction is kept with its reason.",
                "Example: persons correct PERSON_ID --born 1990-05-14 --reason 'birth date typed as 1990-05-01'"})
final class PersonsCorrect implements Runnable {
    @ParentCommand
    PersonsCommand parent;

    @Parameters(paramLabel = "PERSON_ID")
    UUID person;

    @Option(names = "--name", description = "The full name, with diacritics.")
    String name;

    @Option(names = "--born", paramLabel = "YYYY-MM-DD")
    LocalDate born;

    @Option(names = "--sex", description = "One of ${COMPLETION-CANDIDATES}.")
    Sex sex;

    @Option(names = "--phone", description = "A phone number; '' removes it.")
    String phone;

    @Option(names = "--province", paramLabel = "CODE")
    String province;

    @Option(names = "--commune", paramLabel = "CODE", description = "The commune facility's code (e.g. COMMUNE-01-1).")
    String commune;

    @Option(names = "--group", paramLabel = "CODE", description = "The priority group.")
    String group;

    @Option(names = "--id-type", description = "One of ${COMPLETION-CANDIDATES}.")
    IdentityType idType;

    @Option(names = "--id-number")
    String idNumber;

    @Option(names = "--reason", required = true, description = "Why the record was wrong.")
    String reason;

    @Option(names = "--id", description = "The correction's id (a UUID); give it to make a re-run harmless.")
    UUID id;

    @Override
    public void run() {
        UUID communeId = commune == null ? null : parent.module().facilityId(commune);
        Recorded<PersonRecord> recorded = parent.module().correctPerson().correct(parent.actor(), person,
                new CorrectionRequest(id, name, born, sex, phone, province, communeId, group, idType, idNumber, reason));
        parent.out().println(recorded.isNew() ? "corrected person " + person : "correction was already recorded: " + person);
        PersonPrinter.print(parent.out(), List.of(recorded.value()));
    }
}
