package org.vaxline.aefi.cli;

import org.vaxline.aefi.AefiModule;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** {@code vaxline lot …}: what is done to a lot as a whole, for now its recall. */
@Command(name = "lot", mixinStandardHelpOptions = true, description = "Acts on a lot everywhere at once.",
        subcommands = {LotRecallCommand.class})
public final class LotCommand implements Runnable {
    private final Supplier<AefiModule> module;
    private final Supplier<Actor> actor;

    @Spec
    CommandSpec spec;

    public LotCommand(Supplier<AefiModule> module, Supplier<Actor> actor) {
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
        throw new ParameterException(spec.commandLine(), "name a subcommand: recall");
    }
}
