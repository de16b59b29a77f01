package org.vaxline.aefi.cli;

import org.vaxline.aefi.AefiModule;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.cli.CommandGroup;
import picocli.CommandLine.Command;

import java.util.function.Supplier;

/** {@code vaxline aefi …}: adverse events following immunization from the command line. */
@Command(name = "aefi", mixinStandardHelpOptions = true,
        description = "Adverse events following immunization: report one, list them, and see each lot's serious-event rate.",
        subcommands = {AefiReportCommand.class, AefiListCommand.class, AefiLotsCommand.class})
public final class AefiCommand extends CommandGroup<AefiModule> {
    public AefiCommand(Supplier<AefiModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }
}
