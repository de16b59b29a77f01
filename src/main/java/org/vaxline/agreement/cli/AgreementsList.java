package org.vaxline.agreement.cli;

import org.vaxline.agreement.application.AgreementReport;
import org.vaxline.platform.cli.CliOutput;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists agreements with each commitment's progress.")
final class AgreementsList implements Runnable {
    @ParentCommand
    AgreementsCommand parent;

    @Option(names = "--partner", paramLabel = "CODE", description = "Only agreements this partner is a party to (its code, e.g. CU).")
    String partner;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Report progress as on this day (default: today).")
    LocalDate asOf;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public void run() {
        UUID partnerId = partner == null ? null : parent.module().references().partnerIdByCode(partner)
                .orElseThrow(() -> VaxlineException.notFound("partner", partner));
        List<AgreementReport> all = new ArrayList<>();
        UUID cursor = null;
        do {
            Page<AgreementReport> page = parent.module().queries().page(cursor, partnerId, 500, asOf);
            all.addAll(page.items());
            cursor = page.next() == null ? null : UUID.fromString(page.next());
        } while (cursor != null);
        if (json) {
            CliOutput.json(parent.out(), all);
            return;
        }
        if (all.isEmpty()) {
            parent.out().println("no agreements");
        }
        all.forEach(r -> {
            AgreementPrinter.print(parent.out(), r);
            parent.out().println();
        });
        parent.out().flush();
    }
}
