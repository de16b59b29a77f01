package org.vaxline.coldchain.cli;

import org.vaxline.coldchain.ColdChainModule;
import org.vaxline.coldchain.application.AssessmentRequest;
import org.vaxline.coldchain.application.ExcursionReport;
import org.vaxline.coldchain.domain.ColdChainError;
import org.vaxline.coldchain.domain.ExcursionLot;
import org.vaxline.lot.domain.HoldOutcome;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.UUID;
import java.util.function.Supplier;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assesses a lot an excursion held: RELEASED puts it back to use, DISCARDED writes its doses there off "
                + "as temperature wastage.")
public final class AssessCommand extends ColdChainSubcommand {
    @Parameters(paramLabel = "EXCURSION_ID")
    UUID excursion;

    @Option(names = "--lot", required = true, paramLabel = "LOT", description = "The lot's id, or its number among the excursion's lots.")
    String lot;

    @Option(names = "--outcome", required = true, paramLabel = "OUTCOME", description = "RELEASED or DISCARDED.")
    HoldOutcome outcome;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What the assessment found.")
    String note;

    public AssessCommand(Supplier<ColdChainModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }

    @Override
    public void run() {
        Recorded<ExcursionReport> recorded = module().assessExcursionLot().assess(actor(), excursion,
                new AssessmentRequest(lotId(), outcome, note));
        ExcursionPrinter.print(out(), recorded.value(), recorded.isNew());
    }

    /** A lot number is looked up among the lots this excursion held; anything else is passed on to be refused by name. */
    private UUID lotId() {
        try {
            return UUID.fromString(lot);
        } catch (IllegalArgumentException notAnId) {
            return module().queries().report(excursion).affected().stream().filter(l -> l.lotNumber().equals(lot))
                    .map(ExcursionLot::lotId).findFirst()
                    .orElseThrow(() -> VaxlineException.field(ColdChainError.EXCURSION_LOT_NOT_HELD, "lotId",
                            "no lot numbered " + lot + " was held by excursion " + excursion));
        }
    }
}
