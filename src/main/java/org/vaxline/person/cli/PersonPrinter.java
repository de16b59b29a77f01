package org.vaxline.person.cli;

import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonCorrection;
import org.vaxline.platform.cli.CliOutput;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/** Prints people for registrars: one row each; and the corrections of a record. */
final class PersonPrinter {
    private PersonPrinter() {
    }

    static void print(PrintWriter out, List<PersonRecord> records) {
        List<List<String>> rows = records.stream().map(r -> {
            Person p = r.person();
            return List.of(p.id().toString(), p.identityType() + " " + p.identityNumber(), p.fullName(),
                    p.dateOfBirth().toString(), p.sex().name(), Objects.toString(p.phone(), "-"), p.provinceCode(),
                    p.priorityGroup(), p.corrected() ? p.corrections() + " (last " + p.correctedAt() + " by " + p.correctedBy() + ")" : "-",
                    r.mergedFrom().isEmpty() ? "-" : r.mergedFrom().toString(), Objects.toString(p.diedOn(), "-"));
        }).toList();
        CliOutput.table(out, List.of("ID", "IDENTITY", "NAME", "BORN", "SEX", "PHONE", "PROVINCE", "GROUP", "CORRECTED",
                "MERGED FROM", "DIED"), rows);
    }

    /** A record's corrections, oldest first: one row per field changed. */
    static void printCorrections(PrintWriter out, List<PersonCorrection> corrections) {
        List<List<String>> rows = corrections.stream().flatMap(c -> c.changes().stream().map(f -> List.of(
                String.valueOf(c.number()), c.recordedAt().toString(), c.recordedBy(), f.field(), Objects.toString(f.before(), "-"),
                Objects.toString(f.after(), "-"), c.reason()))).toList();
        CliOutput.table(out, List.of("CORRECTION", "AT", "BY", "FIELD", "BEFORE", "AFTER", "REASON"), rows);
    }
}
