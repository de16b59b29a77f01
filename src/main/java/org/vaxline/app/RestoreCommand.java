package org.vaxline.app;

import org.vaxline.platform.ledger.LedgerHeads;
import org.vaxline.app.config.Configuration;
import org.vaxline.app.config.Setting;
import org.vaxline.platform.store.Projection;
import org.vaxline.platform.store.Store;
import org.vaxline.platform.store.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code vaxline restore FILE}: a backup into an empty store, then the proof that it is whole: each ledger's digest,
 * every chain recomputed, and every projection compared with a rebuild from its ledger. Exit 1 if anything disagrees.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup into an empty store (--data DIR or --db URL), prints each ledger's length and head, "
                + "verifies every chain and compares every projection with a rebuild; exit 1 if anything disagrees.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A file written by vaxline backup.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Configuration settings = root.configuration();
        String url = settings.get(Setting.DB) != null ? settings.get(Setting.DB) : Store.embeddedUrl(Path.of(settings.get(Setting.DATA)));
        List<StoreBackup.Digest> digests = StoreBackup.restore(url, settings.get(Setting.DB_USER), settings.databasePassword(), file);
        Vaxline app = root.migratedVaxline(); // opens the restored store, migrating a backup of an older version
        out.printf("restored %s into %s in %.1f s%n", file, app.store().description(), (System.nanoTime() - start) / 1e9);
        BackupCommand.printDigests(digests, out);
        boolean intact = LedgerCommand.print(new LedgerHeads(app.store()).verifyAll(), out);
        boolean matched = true;
        for (Map.Entry<String, Integer> p : projectionMismatches(app).entrySet()) {
            out.printf("projection %-22s %s%n", p.getKey(), p.getValue() == 0 ? "equals a rebuild" : p.getValue() + " rows differed; rebuilt");
            matched &= p.getValue() == 0;
        }
        out.flush();
        return intact && matched ? 0 : 1;
    }

    /** Each projection's rows that differed from a rebuild from its ledger (rebuilt in place: a restore must show 0). */
    static Map<String, Integer> projectionMismatches(Vaxline app) {
        Map<String, Integer> result = new LinkedHashMap<>();
        result.put("fulfilment", app.agreements().rebuildFulfilment().mismatchesBefore());
        result.put("lot states", app.lots().rebuild().rebuild().mismatchesBefore());
        result.put("stock balances", app.stock().rebuildBalances().mismatchesBefore());
        result.put("schedules", app.registry().rebuildSchedules().mismatchesBefore());
        result.put("lot adverse events", app.aefi().rebuildLotCounts().mismatchesBefore());
        Projection.Rebuilt coverage = app.coverage().recount();
        result.put("coverage", coverage.mismatchesBefore());
        return result;
    }
}
