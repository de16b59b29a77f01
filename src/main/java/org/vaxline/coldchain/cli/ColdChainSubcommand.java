package org.vaxline.coldchain.cli;

import org.vaxline.coldchain.ColdChainModule;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** What the cold chain commands share: the module and the actor, asked for only when one runs (so --help needs no store). */
abstract class ColdChainSubcommand implements Runnable {
    private final Supplier<ColdChainModule> module;
    private final Supplier<Actor> actor;

    @Spec
    CommandSpec spec;

    ColdChainSubcommand(Supplier<ColdChainModule> module, Supplier<Actor> actor) {
        this.module = module;
        this.actor = actor;
    }

    ColdChainModule module() {
        return module.get();
    }

    Actor actor() {
        return actor.get();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
