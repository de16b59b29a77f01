package org.vaxline.platform.cli;

import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * A command that only groups subcommands (e.g. {@code vaxline agreements …}): it hands them the feature's module and
 * the acting user, both asked for only when a subcommand runs so that {@code --help} opens no store.
 */
public abstract class CommandGroup<M> implements Runnable {
    private final Supplier<M> module;
    private final Supplier<Actor> actor;

    @Spec
    CommandSpec spec;

    protected CommandGroup(Supplier<M> module, Supplier<Actor> actor) {
        this.module = module;
        this.actor = actor;
    }

    public M module() {
        return module.get();
    }

    public Actor actor() {
        return actor.get();
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Run without a subcommand, it says which there are. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: " + String.join(", ", spec.subcommands().keySet()));
    }
}
