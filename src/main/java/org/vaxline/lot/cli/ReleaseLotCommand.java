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

@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Releases a quarantined lot with the national control laboratory's certificate.")
public final class ReleaseLotCommand extends LotSubcommand {
    @Parameters(paramLabel = "LOT", description = "The lot's id or number.")
    String lot;

    @Option(names = "--product", paramLabel = "CODE", description = "The product, when several use the lot number.")
    String product;

    @Option(names = "--certificate", required = true, paramLabel = "N", description = "The lot release certificate number.")
    String certificate;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The day the laboratory released it.")
    LocalDate date;

    public ReleaseLotCommand(Supplier<LotModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }

    @Override
    public void run() {
        Lot target = module().queries().resolve(lot, product);
        Recorded<ReleaseDecision> recorded = module().decideRelease().decide(actor(), target.id(),
                ReleaseRequest.release(null, certificate, date));
        print((recorded.isNew() ? "released lot " : "lot already released: ") + target.lotNumber() + " (" + target.id()
                + ") certificate " + recorded.value().certificateNumber() + " on " + recorded.value().decidedOn());
    }
}
