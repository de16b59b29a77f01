package org.vaxline.agreement.cli;

import org.vaxline.agreement.domain.DeliveryEntry;
import org.vaxline.agreement.domain.NewDelivery;
import org.vaxline.platform.id.Recorded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Command(name = "deliver", mixinStandardHelpOptions = true,
        description = "Records a delivery against a commitment (refused beyond what is outstanding unless --over-delivery).")
final class AgreementsDeliver implements Runnable {
    @ParentCommand
    AgreementsCommand parent;

    @Parameters(paramLabel = "AGREEMENT_ID")
    UUID agreementId;

    @Option(names = "--commitment", paramLabel = "COMMITMENT_ID", description = "Needed when the agreement has several commitments.")
    UUID commitmentId;

    @Option(names = "--quantity", required = true, description = "Doses, or the commodity's unit (e.g. tonnes).")
    BigDecimal quantity;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The day it was delivered.")
    LocalDate date;

    @Option(names = "--reference", description = "Waybill, handover record or other reference.")
    String reference;

    @Option(names = "--over-delivery", description = "Record it even when it exceeds what is outstanding.")
    boolean overDelivery;

    @Option(names = "--id", description = "The entry's id (a UUID); give it to make a re-run harmless.")
    UUID id;

    @Override
    public void run() {
        Recorded<DeliveryEntry> recorded = parent.module().recordDelivery().record(parent.actor(), agreementId,
                new NewDelivery(id, commitmentId, quantity, null, date, reference, overDelivery));
        DeliveryEntry e = recorded.value();
        parent.out().println((recorded.isNew() ? "recorded delivery " : "delivery already recorded: ") + e.id()
                + "  " + e.quantity() + " on " + e.deliveredOn() + " against commitment " + e.commitmentId());
        parent.out().flush();
    }
}
