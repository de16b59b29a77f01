package org.vaxline.lot.cli;

import org.vaxline.lot.LotModule;
import org.vaxline.lot.domain.Hold;
import org.vaxline.lot.domain.HoldOutcome;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.UUID;
import java.util.function.Supplier;

@Command(name = "lift-hold", mixinStandardHelpOptions = true,
        description = "Lifts a hold with the assessment's outcome: RELEASED back to use, or DISCARDED.")
public final class LiftHoldCommand extends LotSubcommand {
    @Parameters(paramLabel = "HOLD_ID")
    UUID holdId;

    @Option(names = "--outcome", required = true, paramLabel = "RELEASED|DISCARDED")
    HoldOutcome outcome;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What the assessment found.")
    String note;

    public LiftHoldCommand(Supplier<LotModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }

    @Override
    public void run() {
        Recorded<Hold> recorded = module().liftHold().lift(actor(), null, holdId, outcome, note);
        print((recorded.isNew() ? "lifted hold " : "hold already lifted: ") + holdId + " (" + recorded.value().lift().outcome() + ")");
    }
}
