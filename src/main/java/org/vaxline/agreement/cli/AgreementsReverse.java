package org.vaxline.agreement.cli;

import org.vaxline.agreement.domain.DeliveryEntry;
import org.vaxline.platform.id.Recorded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.UUID;

@Command(name = "reverse", mixinStandardHelpOptions = true,
        description = "Corrects a mistaken delivery with a reversing entry (the original stays in the ledger).")
final class AgreementsReverse implements Runnable {
    @ParentCommand
    AgreementsCommand parent;

    @Parameters(index = "0", paramLabel = "AGREEMENT_ID")
    UUID agreementId;

    @Parameters(index = "1", paramLabel = "DELIVERY_ID")
    UUID deliveryId;

    @Option(names = "--reason", required = true, description = "Why the delivery is reversed.")
    String reason;

    @Option(names = "--id", description = "The reversal's id (a UUID); give it to make a re-run harmless.")
    UUID id;

    @Override
    public void run() {
        Recorded<DeliveryEntry> recorded = parent.module().reverseDelivery().reverse(parent.actor(), agreementId, deliveryId, id, reason);
        parent.out().println((recorded.isNew() ? "reversed delivery " : "reversal already recorded for ") + deliveryId
                + " with entry " + recorded.value().id() + " (" + recorded.value().quantity() + ")");
        parent.out().flush();
    }
}
