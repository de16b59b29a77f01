package org.vaxline.stock.cli;

import org.vaxline.platform.cli.CliOutput;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.store.Projection;
import org.vaxline.stock.application.ExpiringLot;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.domain.StockMovement;
import org.vaxline.stock.store.StockLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code stock} subcommands that read: on hand, the ledger, expiring lots, transfers in transit, rebuild. */
final class StockReports {
    private StockReports() {
    }

    @Command(name = "onhand", mixinStandardHelpOptions = true,
            description = "Stock on hand per facility and lot, with totals per facility, province and the nation and days of supply.")
    static final class OnHand implements Runnable {
        @ParentCommand StockCommand parent;
        @Option(names = "--facility", paramLabel = "FACILITY") String facility;
        @Option(names = "--province", paramLabel = "CODE") String province;
        @Option(names = "--product", paramLabel = "CODE") String product;
        @Option(names = "--as-of", paramLabel = "DATE", description = "On hand at the end of this day (default: today).") LocalDate asOf;
        @Option(names = "--json") boolean json;

        @Override
        public void run() {
            OnHandReport report = parent.module().queries().onHand(facility == null ? null : parent.facility(facility), province,
                    product == null ? null : parent.product(product), asOf);
            if (json) {
                CliOutput.json(parent.out(), report);
                return;
            }
            parent.out().println("on hand at the end of " + report.asOf());
            CliOutput.table(parent.out(), List.of("FACILITY", "PROVINCE", "LOT", "EXPIRES", "STATUS", "DOSES"),
                    report.lines().stream().map(l -> List.of(String.valueOf(l.facilityCode()), String.valueOf(l.provinceCode()),
                            String.valueOf(l.lotNumber()), String.valueOf(l.expiresOn()),
                            l.onHold() ? "ON HOLD" : String.valueOf(l.status()), String.valueOf(l.quantity()))).toList());
            List<OnHandReport.Total> totals = new ArrayList<>(report.provinces());
            totals.addAll(report.national());
            parent.out().println();
            CliOutput.table(parent.out(), List.of("SCOPE", "DOSES", "USED IN " + report.useWindowDays() + " DAYS", "DAYS OF SUPPLY"),
                    totals.stream().map(t -> List.of(t.label(), String.valueOf(t.quantity()), String.valueOf(t.usedInWindow()),
                            t.daysOfSupply() == null ? "-" : t.daysOfSupply().toPlainString())).toList());
        }
    }

    @Command(name = "ledger", mixinStandardHelpOptions = true, description = "The stock ledger's entries, oldest first.")
    static final class Ledger implements Runnable {
        @ParentCommand StockCommand parent;
        @Option(names = "--facility", paramLabel = "FACILITY") String facility;
        @Option(names = "--lot", paramLabel = "LOT") String lot;
        @Option(names = "--from", paramLabel = "DATE") LocalDate from;
        @Option(names = "--to", paramLabel = "DATE") LocalDate to;

        @Override
        public void run() {
            StockLedger.LedgerFilter filter = new StockLedger.LedgerFilter(facility == null ? null : parent.facility(facility),
                    lot == null ? null : parent.lot(lot), from, to);
            List<List<String>> rows = new ArrayList<>();
            UUID cursor = null;
            do {
                Page<StockMovement> page = parent.module().queries().ledger(filter, cursor, 1000);
                for (StockMovement m : page.items()) {
                    rows.add(List.of(m.id().toString(), m.type().name(), m.occurredOn().toString(), m.facilityId().toString(),
                            m.lotId().toString(), String.valueOf(m.quantity()), m.reason() == null ? "-" : m.reason(), m.recordedBy()));
                }
                cursor = page.next() == null ? null : UUID.fromString(page.next());
            } while (cursor != null);
            CliOutput.table(parent.out(), List.of("ENTRY", "TYPE", "DAY", "FACILITY", "LOT", "DOSES", "REASON", "BY"), rows);
        }
    }

    @Command(name = "expiring", mixinStandardHelpOptions = true,
            description = "Lots on hand that expire within N days (default: each product's own warning period).")
    static final class Expiring implements Runnable {
        @ParentCommand StockCommand parent;
        @Option(names = "--days", paramLabel = "N") Integer days;
        @Option(names = "--facility", paramLabel = "FACILITY") String facility;
        @Option(names = "--province", paramLabel = "CODE") String province;

        @Override
        public void run() {
            List<ExpiringLot> lots = parent.module().queries().expiring(days, facility == null ? null : parent.facility(facility), province);
            CliOutput.table(parent.out(), List.of("FACILITY", "PROVINCE", "LOT", "EXPIRES", "DAYS LEFT", "DOSES"),
                    lots.stream().map(l -> List.of(String.valueOf(l.facilityCode()), String.valueOf(l.provinceCode()),
                            String.valueOf(l.lotNumber()), l.expiresOn().toString(), String.valueOf(l.daysLeft()),
                            String.valueOf(l.quantity()))).toList());
        }
    }

    @Command(name = "in-transit", mixinStandardHelpOptions = true, description = "Transfers sent and not yet received.")
    static final class InTransit implements Runnable {
        @ParentCommand StockCommand parent;
        @Option(names = "--facility", paramLabel = "FACILITY", description = "Only transfers from or to this facility.") String facility;

        @Override
        public void run() {
            List<StockMovement> sent = parent.module().queries().inTransit(facility == null ? null : parent.facility(facility));
            CliOutput.table(parent.out(), List.of("TRANSFER", "SENT", "FROM", "TO", "LOT", "DOSES"),
                    sent.stream().map(m -> List.of(m.transferId().toString(), m.occurredOn().toString(), m.facilityId().toString(),
                            m.counterpartFacilityId().toString(), m.lotId().toString(), String.valueOf(-m.quantity()))).toList());
        }
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = "Rebuilds every balance and the daily use from the stock ledger and reports whether they matched.")
    static final class Rebuild implements Runnable {
        @ParentCommand StockCommand parent;

        @Override
        public void run() {
            Projection.Rebuilt outcome = parent.module().rebuildBalances();
            parent.out().println(outcome.matched() ? "stock balances matched the ledger; rebuilt"
                    : "stock balances differed from the ledger in " + outcome.mismatchesBefore() + " place(s); rebuilt, now "
                    + outcome.mismatchesAfter() + " differ");
            Projection.Rebuilt use = parent.module().rebuildDailyUse();
            parent.out().println(use.matched() ? "daily use matched the ledger; rebuilt"
                    : "daily use differed from the ledger in " + use.mismatchesBefore() + " place(s); rebuilt, now "
                    + use.mismatchesAfter() + " differ");
            parent.out().flush();
        }
    }
}
