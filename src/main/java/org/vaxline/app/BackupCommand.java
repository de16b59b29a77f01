package org.vaxline.app;

import org.vaxline.platform.store.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code vaxline backup FILE}: a consistent copy of the whole store, taken while it serves writes. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copies the whole store to FILE while it takes writes (SQLite: VACUUM INTO; PostgreSQL: pg_dump -Fc), "
                + "and prints each ledger's length and head hash in the copy.")
final class BackupCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup file to write (must not exist).")
    Path file;

    @Override
    public void run() {
        long start = System.nanoTime();
        List<StoreBackup.Digest> digests = StoreBackup.backup(root.vaxline().store(), file);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("backup %s of %s in %.1f s%n", file, root.vaxline().store().description(), (System.nanoTime() - start) / 1e9);
        printDigests(digests, out);
    }

    static void printDigests(List<StoreBackup.Digest> digests, PrintWriter out) {
        for (StoreBackup.Digest d : digests) {
            out.printf("ledger  %-18s %10d %s%n", d.ledger(), d.length(), d.hash());
        }
        out.flush();
    }
}
