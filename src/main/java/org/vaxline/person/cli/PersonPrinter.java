package org.vaxline.person.cli;

import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.domain.Person;
import org.vaxline.platform.cli.CliOutput;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/** Prints people for registrars: one row each. */
final class PersonPrinter {
    private PersonPrinter() {
    }

    static void print(PrintWriter out, List<PersonRecord> records) {
        List<List<String>> rows = records.stream().map(r -> {
            Person p = r.person();
            return List.of(p.id().toString(), p.identityType() + " " + p.identityNumber(), p.fullName(),
                    p.dateOfBirth().toString(), p.sex().name(), Objects.toString(p.phone(), "-"), p.provinceCode(),
                    p.priorityGroup(), r.mergedFrom().isEmpty() ? "-" : r.mergedFrom().toString());
        }).toList();
        CliOutput.table(out, List.of("ID", "IDENTITY", "NAME", "BORN", "SEX", "PHONE", "PROVINCE", "GROUP", "MERGED FROM"), rows);
    }
}
