package org.vaxline.agreement.cli;

import org.vaxline.platform.store.Projection;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Rebuilds every commitment's fulfilment from the delivery ledger and reports whether it matched.")
final class AgreementsRebuild implements Runnable {
    @ParentCommand
    AgreementsCommand parent;

    @Override
    public void run() {
        Projection.Rebuilt outcome = parent.module().rebuildFulfilment();
        parent.out().println(outcome.matched()
                ? "fulfilment matched the ledger; rebuilt"
                : "fulfilment differed from the ledger in " + outcome.mismatchesBefore() + " commitment(s); rebuilt, now "
                + outcome.mismatchesAfter() + " differ");
        parent.out().flush();
    }
}
