package org.vaxline.agreement.cli;

import org.vaxline.agreement.domain.DeliveryEntry;
import org.vaxline.platform.cli.CliOutput;
import org.vaxline.platform.http.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Command(name = "deliveries", mixinStandardHelpOptions = true, description = "Lists an agreement's delivery ledger, reversals included.")
final class AgreementsDeliveries implements Runnable {
    @ParentCommand
    AgreementsCommand parent;

    @Parameters(paramLabel = "AGREEMENT_ID")
    UUID agreementId;

    @Override
    public void run() {
        List<List<String>> rows = new ArrayList<>();
        UUID cursor = null;
        do {
            Page<DeliveryEntry> page = parent.module().queries().deliveries(agreementId, cursor, 1000);
            for (DeliveryEntry e : page.items()) {
                rows.add(List.of(e.id().toString(), e.type().name(), e.quantity().toString(), e.deliveredOn().toString(),
                        e.reference() == null ? "-" : e.reference(), e.reverses() == null ? "-" : e.reverses().toString(),
                        e.recordedBy(), e.recordedAt().toString()));
            }
            cursor = page.next() == null ? null : UUID.fromString(page.next());
        } while (cursor != null);
        CliOutput.table(parent.out(), List.of("ENTRY", "TYPE", "QUANTITY", "DELIVERED", "REFERENCE", "REVERSES", "BY", "RECORDED"), rows);
    }
}
