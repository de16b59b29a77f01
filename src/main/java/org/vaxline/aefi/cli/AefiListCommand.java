package org.vaxline.aefi.cli;

import org.vaxline.aefi.domain.AefiCase;
import org.vaxline.aefi.domain.AefiFilter;
import org.vaxline.platform.http.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.UUID;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists adverse event reports in their current state.")
final class AefiListCommand implements Runnable {
    @ParentCommand
    AefiCommand parent;

    @Option(names = "--lot", paramLabel = "LOT", description = "Only this lot's reports (its id or number).")
    String lot;

    @Option(names = "--province", paramLabel = "CODE", description = "Only reports from this province.")
    String province;

    @Option(names = "--serious", description = "Only serious events.")
    boolean serious;

    @Option(names = "--limit", paramLabel = "N", description = "At most this many (default 100).")
    int limit = 100;

    @Override
    public void run() {
        UUID lotId = lot == null ? null : parent.module().lots().queries().resolve(lot, null).id();
        Page<AefiCase> page = parent.module().queries().page(new AefiFilter(lotId, province, serious ? Boolean.TRUE : null),
                null, Math.max(1, Math.min(limit, 1000)));
        parent.out().println(page.items().size() + " report(s)" + (page.next() == null ? "" : " (more: narrow the filters or raise --limit)"));
        page.items().forEach(c -> AefiPrinter.printLine(parent.out(), c));
        parent.out().flush();
    }
}
