package org.vaxline.aefi.cli;

import org.vaxline.aefi.domain.LotRate;
import org.vaxline.platform.http.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Command(name = "lots", mixinStandardHelpOptions = true,
        description = "Lots with adverse event reports: doses given, reports, serious events per 100,000 doses and the flag.")
final class AefiLotsCommand implements Runnable {
    @ParentCommand
    AefiCommand parent;

    @Option(names = "--flagged", description = "Only lots above the signal threshold.")
    boolean flagged;

    @Override
    public void run() {
        List<LotRate> all = new ArrayList<>();
        UUID cursor = null;
        do {
            Page<LotRate> page = parent.module().signals().page(flagged ? Boolean.TRUE : null, cursor, 500);
            all.addAll(page.items());
            cursor = page.next() == null ? null : UUID.fromString(page.next());
        } while (cursor != null);
        var out = parent.out();
        out.println("threshold: " + parent.module().settings().current().seriousPer100kThreshold() + " serious per 100,000 doses");
        out.println(all.size() + " lot(s)" + (all.isEmpty() ? "" : "  (lot, doses given, reports, serious, per 100k)"));
        for (LotRate r : all) {
            out.println("  " + r.lotNumber() + "  " + r.dosesGiven() + "  " + r.reports() + "  " + r.serious() + "  "
                    + r.seriousPer100k().toPlainString() + (r.flagged() ? "  FLAGGED" : ""));
        }
        out.flush();
    }
}
