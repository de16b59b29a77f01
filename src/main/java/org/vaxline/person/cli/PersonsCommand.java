package org.vaxline.person.cli;

import org.vaxline.person.PersonModule;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.cli.CommandGroup;
import picocli.CommandLine.Command;

import java.util.function.Supplier;

/** {@code vaxline persons …}: the person registry from the command line. */
@Command(name = "persons", mixinStandardHelpOptions = true,
        description = "Registers, finds, shows, corrects and merges people, and records deaths. Every record shown is written to "
                + "the access log.",
        subcommands = {PersonsRegister.class, PersonsFind.class, PersonsShow.class, PersonsCorrect.class, PersonsMerge.class,
                PersonsDied.class})
public final class PersonsCommand extends CommandGroup<PersonModule> {
    public PersonsCommand(Supplier<PersonModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }
}
