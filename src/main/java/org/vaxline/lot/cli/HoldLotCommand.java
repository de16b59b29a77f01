package org.vaxline.lot.cli;

import org.vaxline.lot.LotModule;
import org.vaxline.lot.domain.Hold;
import org.vaxline.lot.domain.HoldSource;
import org.vaxline.lot.domain.Lot;
import org.vaxline.lot.domain.NewHold;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.UUID;
import java.util.function.Supplier;

@Command(name = "hold", mixinStandardHelpOptions = true,
        description = "Puts a lot on hold at one facility, or everywhere without --facility; prints the hold id.")
public final class HoldLotCommand extends LotSubcommand {
    @Parameters(paramLabel = "LOT", description = "The lot's id or number.")
    String lot;

    @Option(names = "--product", paramLabel = "CODE", description = "The product, when several use the lot number.")
    String product;

    @Option(names = "--facility", paramLabel = "ID", description = "The facility where it is held (default: everywhere).")
    UUID facility;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Option(names = "--source", paramLabel = "SOURCE", description = "EXCURSION, RECALL or MANUAL (default MANUAL).")
    HoldSource source = HoldSource.MANUAL;

    @Option(names = "--id", description = "The hold's id (a UUID); give it to make a re-run harmless.")
    UUID id;

    public HoldLotCommand(Supplier<LotModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }

    @Override
    public void run() {
        Lot target = module().queries().resolve(lot, product);
        Recorded<Hold> recorded = module().placeHold().place(actor(), target.id(), new NewHold(id, facility, reason, source, null));
        print((recorded.isNew() ? "hold " : "hold already placed: ") + recorded.value().id() + " on lot " + target.lotNumber()
                + (facility == null ? " everywhere" : " at facility " + facility));
    }
}
