package org.vaxline.person.cli;

import org.vaxline.person.PersonModule;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** {@code vaxline persons …}: the person registry from the command line. */
@Command(name = "persons", mixinStandardHelpOptions = true,
        description = "Registers, finds, shows and merges people. Every record shown is written to the access log.",
        subcommands = {PersonsRegister.class, PersonsFind.class, PersonsShow.class, PersonsMerge.class})
public final class PersonsCommand implements Runnable {
    private final Supplier<PersonModule> module;
    private final Supplier<Actor> actor;

    @Spec
    CommandSpec spec;

    public PersonsCommand(Supplier<PersonModule> module, Supplier<Actor> actor) {
        this.module = module;
        this.actor = actor;
    }

    PersonModule module() {
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
        throw new ParameterException(spec.commandLine(), "name a subcommand: register, find, show, merge");
    }
}
