package org.vaxline.app;

import org.vaxline.platform.ledger.LedgerHeads;
import org.vaxline.platform.ledger.LedgerVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vaxline ledger verify|head}: recompute the ledgers' chains; show a head. */
@Command(name = "ledger", mixinStandardHelpOptions = true, description = "Tamper evidence: the ledgers' hash chains.",
        subcommands = {LedgerCommand.Verify.class, LedgerCommand.Head.class})
final class LedgerCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recomputes every ledger's chain (or one's) from its entries; names the first entry that breaks; exit 1 if any does.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        LedgerCommand parent;

        @Parameters(arity = "0..1", paramLabel = "LEDGER", description = "Only this ledger (e.g. doses).")
        String ledger;

        @Override
        public Integer call() {
            LedgerHeads heads = new LedgerHeads(parent.root.vaxline().store());
            List<LedgerVerification> results = ledger == null ? heads.verifyAll() : List.of(heads.verify(ledger));
            return print(results, parent.spec.commandLine().getOut()) ? 0 : 1;
        }
    }

    @Command(name = "head", mixinStandardHelpOptions = true, description = "A ledger's head (length and hash), or its hash at an earlier length.")
    static final class Head implements Runnable {
        @ParentCommand
        LedgerCommand parent;

        @Parameters(paramLabel = "LEDGER", description = "The ledger, e.g. doses.")
        String ledger;

        @Option(names = "--length", paramLabel = "N", description = "The hash the ledger had when it held N entries.")
        Long length;

        @Override
        public void run() {
            LedgerHeads heads = new LedgerHeads(parent.root.vaxline().store());
            LedgerHeads.HeadAt head = length == null ? heads.head(ledger) : heads.at(ledger, length);
            parent.spec.commandLine().getOut().printf("%s %d %s%n", head.ledger(), head.length(), head.hash());
        }
    }

    /** One line per ledger: intact with its length and head, or where and why it breaks. True when all are intact. */
    static boolean print(List<LedgerVerification> results, PrintWriter out) {
        boolean intact = true;
        for (LedgerVerification v : results) {
            if (v.intact()) {
                out.printf("intact  %-18s %10d %s%n", v.ledger(), v.length(), v.head());
            } else {
                intact = false;
                out.printf("BROKEN  %-18s at position %d, entry %s: %s (intact up to %d, %s)%n", v.ledger(),
                        v.firstBreak().position(), v.firstBreak().entryId(), v.firstBreak().problem(), v.length(), v.head());
            }
        }
        out.flush();
        return intact;
    }
}
