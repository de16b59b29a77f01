package org.vaxline.aefi.cli;

import org.vaxline.aefi.AefiModule;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.cli.CommandGroup;
import picocli.CommandLine.Command;

import java.util.function.Supplier;

/** {@code vaxline lot …}: what is done to a lot as a whole, for now its recall. */
@Command(name = "lot", mixinStandardHelpOptions = true, description = "Acts on a lot everywhere at once.",
        subcommands = {LotRecallCommand.class})
public final class LotCommand extends CommandGroup<AefiModule> {
    public LotCommand(Supplier<AefiModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }
}
