package org.vaxline.agreement.cli;

import org.vaxline.agreement.AgreementModule;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** {@code vaxline agreements …}: the agreement ledger from the command line. */
@Command(name = "agreements", mixinStandardHelpOptions = true,
        description = "Agreements between partners, what each committed, and what was delivered.",
        subcommands = {AgreementsList.class, AgreementsShow.class, AgreementsAdd.class, AgreementsDeliver.class,
                AgreementsReverse.class, AgreementsCompleteMilestone.class, AgreementsDeliveries.class, AgreementsRebuild.class})
public final class AgreementsCommand implements Runnable {
    private final Supplier<AgreementModule> module;
    private final Supplier<Actor> actor;

    @Spec
    CommandSpec spec;

    public AgreementsCommand(Supplier<AgreementModule> module, Supplier<Actor> actor) {
        this.module = module;
        this.actor = actor;
    }

    AgreementModule module() {
        return module.get();
    }

    Actor actor() {
        return actor.get();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: list, show, add, deliver, reverse, complete-milestone, deliveries, rebuild");
    }
}
