package org.vaxline.aefi.cli;

import org.vaxline.aefi.application.RecallReport;
import org.vaxline.aefi.application.RecallRequest;
import org.vaxline.lot.domain.Lot;
import org.vaxline.platform.id.Recorded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.UUID;

@Command(name = "recall", mixinStandardHelpOptions = true,
        description = "Recalls a lot: puts it on hold everywhere and prints the hold, the people who received it and the "
                + "facilities that still hold it. A re-run prints the same.")
final class LotRecallCommand implements Runnable {
    @ParentCommand
    LotCommand parent;

    @Parameters(paramLabel = "LOT", description = "The lot's id or number.")
    String lot;

    @Option(names = "--product", paramLabel = "CODE", description = "The product, when several use the lot number.")
    String product;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the lot is recalled.")
    String reason;

    @Option(names = "--id", description = "The recall's id (a UUID); default: one per lot.")
    UUID id;

    @Override
    public void run() {
        Lot target = parent.module().lots().queries().resolve(lot, product);
        Recorded<RecallReport> recorded = parent.module().recallLot().recall(parent.actor(), target.id(), new RecallRequest(id, reason));
        AefiPrinter.printRecall(parent.out(), recorded.value(), recorded.isNew());
    }
}
