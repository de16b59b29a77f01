package org.vaxline.aefi.cli;

import org.vaxline.aefi.AefiModule;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** {@code vaxline aefi …}: adverse events following immunization from the command line. */
@Command(name = "aefi", mixinStandardHelpOptions = true,
        description = "Adverse events following immunization: report one, list them, and see each lot's serious-event rate.",
        subcommands = {AefiReportCommand.class, AefiListCommand.class, AefiLotsCommand.class})
public final class AefiCommand implements Runnable {
    private final Supplier<AefiModule> module;
    private final Supplier<Actor> actor;

    @Spec
    CommandSpec spec;

    public AefiCommand(Supplier<AefiModule> module, Supplier<Actor> actor) {
        this.module = module;
        this.actor = actor;
    }

    AefiModule module() {
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
        throw new ParameterException(spec.commandLine(), "name a subcommand: report, list, lots");
    }
}
