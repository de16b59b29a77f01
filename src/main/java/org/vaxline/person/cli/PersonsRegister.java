package org.vaxline.person.cli;

import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.id.Recorded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.LocalDate;
import java.util.UUID;

@Command(name = "register", mixinStandardHelpOptions = true,
        description = {"Registers a person.",
                "Example: persons register --id-type CCCD --id-number 001090000123 --name 'Nguyễn Văn An' --born 1990-05-01 --sex MALE --phone '0912 345 678' --province 01"})
final class PersonsRegister implements Runnable {
    @ParentCommand
    PersonsCommand parent;

    @Option(names = "--id", description = "The person's id (a UUID); give it to make a re-run harmless.")
    UUID id;

    @Option(names = "--id-type", required = true, description = "One of ${COMPLETION-CANDIDATES}.")
    IdentityType idType;

    @Option(names = "--id-number", required = true)
    String idNumber;

    @Option(names = "--name", required = true, description = "The full name, with diacritics.")
    String name;

    @Option(names = "--born", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate born;

    @Option(names = "--sex", required = true, description = "One of ${COMPLETION-CANDIDATES}.")
    Sex sex;

    @Option(names = "--phone")
    String phone;

    @Option(names = "--province", required = true, paramLabel = "CODE", description = "The province the person lives in (e.g. 01).")
    String province;

    @Option(names = "--commune", paramLabel = "CODE", description = "The commune facility's code (e.g. COMMUNE-01-1).")
    String commune;

    @Option(names = "--site", paramLabel = "CODE", description = "The facility where the person is registered.")
    String site;

    @Option(names = "--group", paramLabel = "CODE", description = "The priority group (default GENERAL).")
    String group;

    @Option(names = "--not-duplicate", description = "Register even though a person with the same name, birth date and phone exists.")
    boolean notDuplicate;

    @Override
    public void run() {
        UUID communeId = commune == null ? null : parent.module().facilityId(commune);
        UUID siteId = site == null ? null : parent.module().facilityId(site);
        Recorded<Person> recorded = parent.module().registerPerson().register(parent.actor(), new NewPerson(id, idType,
                idNumber, name, born, sex, phone, province, communeId, group, siteId, notDuplicate));
        Person p = recorded.value();
        parent.out().println((recorded.isNew() ? "registered person " : "person was already registered: ") + p.id()
                + "  " + p.fullName() + "  " + p.identityType() + " " + p.identityNumber());
        parent.out().flush();
    }
}
