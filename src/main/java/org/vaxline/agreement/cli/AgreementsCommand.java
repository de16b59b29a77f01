package org.vaxline.agreement.cli;

import org.vaxline.agreement.AgreementModule;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.cli.CommandGroup;
import picocli.CommandLine.Command;

import java.util.function.Supplier;

/** {@code vaxline agreements …}: the agreement ledger from the command line. */
@Command(name = "agreements", mixinStandardHelpOptions = true,
        description = "Agreements between partners, what each committed, and what was delivered.",
        subcommands = {AgreementsList.class, AgreementsShow.class, AgreementsAdd.class, AgreementsDeliver.class,
                AgreementsReverse.class, AgreementsCompleteMilestone.class, AgreementsDeliveries.class, AgreementsRebuild.class})
public final class AgreementsCommand extends CommandGroup<AgreementModule> {
    public AgreementsCommand(Supplier<AgreementModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }
}
