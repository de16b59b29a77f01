package org.vaxline.lot.cli;

import org.vaxline.lot.LotModule;
import org.vaxline.lot.domain.Lot;
import org.vaxline.lot.domain.ReleaseDecision;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.function.Supplier;

@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Rejects a quarantined lot: it can never be used.")
public final class RejectLotCommand extends LotSubcommand {
    @Parameters(paramLabel = "LOT", description = "The lot's id or number.")
    String lot;

    @Option(names = "--product", paramLabel = "CODE", description = "The product, when several use the lot number.")
    String product;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the laboratory rejected it.")
    String reason;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The day the laboratory rejected it.")
    LocalDate date;

    public RejectLotCommand(Supplier<LotModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }

    @Override
    public void run() {
        Lot target = module().queries().resolve(lot, product);
        Recorded<ReleaseDecision> recorded = module().decideRelease().decide(actor(), target.id(),
                ReleaseRequest.reject(null, reason, date));
        print((recorded.isNew() ? "rejected lot " : "lot already rejected: ") + target.lotNumber() + " (" + target.id()
                + ") on " + recorded.value().decidedOn() + ": " + recorded.value().reason());
    }
}
