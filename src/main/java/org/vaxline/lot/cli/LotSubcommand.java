package org.vaxline.lot.cli;

import org.vaxline.lot.LotModule;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** What every lot command shares: the module and the actor, asked for only when the command runs (so --help needs no store). */
abstract class LotSubcommand implements Runnable {
    private final Supplier<LotModule> module;
    private final Supplier<Actor> actor;

    @Spec
    CommandSpec spec;

    LotSubcommand(Supplier<LotModule> module, Supplier<Actor> actor) {
        this.module = module;
        this.actor = actor;
    }

    LotModule module() {
        return module.get();
    }

    Actor actor() {
        return actor.get();
    }

    void print(String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }
}
