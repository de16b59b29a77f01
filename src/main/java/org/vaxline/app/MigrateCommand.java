package org.vaxline.app;

import org.vaxline.platform.store.SchemaStatus;
import org.vaxline.platform.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/**
 * {@code vaxline migrate}: brings the store's schema to this program's version (creating an embedded store that does
 * not exist yet). The only command besides the demo that changes a schema: a server and every other command refuse a
 * store that is not at this program's version, so an upgrade happens once, when an operator says so.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Applies this program's schema migrations to the store (back it up first); --check only says where it stands.")
final class MigrateCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "Only say where the schema stands; exit 4 unless it is this program's.")
    boolean check;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = root.connect(!check)) {
            if (check) {
                SchemaStatus status = store.schema();
                out.println("store " + store.description() + ": schema " + describe(status));
                out.flush();
                status.requireCurrent(store.description());
                return;
            }
            SchemaStatus before = store.migrate();
            out.println(before.pending() == 0 && before.state() == SchemaStatus.State.CURRENT
                    ? "store " + store.description() + " is already at schema version " + before.expected() + "; nothing to do"
                    : "store " + store.description() + " migrated from schema version "
                    + (before.applied() == null ? "none" : before.applied()) + " to " + before.expected()
                    + " (" + before.pending() + " migration(s) applied)");
            out.flush();
        }
    }

    private static String describe(SchemaStatus status) {
        return switch (status.state()) {
            case EMPTY -> "none yet (this program needs " + status.expected() + ")";
            case BEHIND -> status.applied() + ", " + status.pending() + " migration(s) behind this program's " + status.expected();
            case CURRENT -> status.applied() + ", this program's";
            case AHEAD -> status.applied() + ", newer than this program's " + status.expected();
        };
    }
}
