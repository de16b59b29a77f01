package org.vaxline.stock.cli;

import org.vaxline.platform.id.Recorded;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The {@code stock} subcommands that record a movement. */
final class StockMove {
    private StockMove() {
    }

    /** What every movement command shares: the request id, the day, and how the outcome is printed. */
    abstract static class Base implements Runnable {
        @ParentCommand
        StockCommand parent;

        @Option(names = "--id", description = "The request's id (a UUID); give it to make a re-run harmless.")
        UUID id;

        @Option(names = "--date", paramLabel = "DATE", description = "The day it happened (default: today in the programme's time zone).")
        LocalDate date;

        @Option(names = "--reference", description = "Waybill, voucher or other reference.")
        String reference;

        abstract MovementRequest request(LocalDate on);

        @Override
        public void run() {
            LocalDate on = date != null ? date : parent.module().today();
            Recorded<List<StockMovement>> recorded = parent.module().recordMovement().record(parent.actor(), request(on));
            List<StockMovement> entries = recorded.value();
            parent.out().println((recorded.isNew() ? "recorded " : "already recorded: ") + entries.get(0).type()
                    + " request " + entries.get(0).requestId());
            for (StockMovement e : entries) {
                parent.out().println("  entry " + e.id() + "  lot " + e.lotId() + "  " + (e.quantity() > 0 ? "+" : "")
                        + e.quantity() + " doses at " + e.facilityId() + " on " + e.occurredOn());
            }
            parent.out().flush();
        }
    }

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Issues doses for use, from a named lot or, with --product, the earliest-expiring usable lots (FEFO).")
    static final class Issue extends Base {
        @Option(names = "--facility", required = true, paramLabel = "FACILITY") String facility;
        @Option(names = "--lot", paramLabel = "LOT") String lot;
        @Option(names = "--product", paramLabel = "CODE") String product;
        @Option(names = "--quantity", required = true, description = "Doses.") long quantity;
        @Option(names = "--fefo-override-reason", paramLabel = "TEXT",
                description = "Why --lot is taken at a store while another usable lot there expires earlier.") String fefoOverrideReason;

        @Override
        MovementRequest request(LocalDate on) {
            return new MovementRequest(id, MovementType.ISSUE, parent.facility(facility), lot == null ? null : parent.lot(lot),
                    product == null ? null : parent.product(product), quantity, on, null, reference, null, null, null, null,
                    fefoOverrideReason, null);
        }
    }

    @Command(name = "transfer", mixinStandardHelpOptions = true,
            description = "Sends doses to a child or the parent facility (in transit until received); FEFO with --product.")
    static final class Transfer extends Base {
        @Option(names = "--from", required = true, paramLabel = "FACILITY") String from;
        @Option(names = "--to", required = true, paramLabel = "FACILITY") String to;
        @Option(names = "--lot", paramLabel = "LOT") String lot;
        @Option(names = "--product", paramLabel = "CODE") String product;
        @Option(names = "--quantity", required = true, description = "Doses.") long quantity;
        @Option(names = "--fefo-override-reason", paramLabel = "TEXT",
                description = "Why --lot is taken while another usable lot at --from expires earlier.") String fefoOverrideReason;
        @Option(names = "--hierarchy-override-reason", paramLabel = "TEXT",
                description = "National admins: why the transfer goes neither to a child nor to the parent of --from.")
        String hierarchyOverrideReason;

        @Override
        MovementRequest request(LocalDate on) {
            return new MovementRequest(id, MovementType.TRANSFER_OUT, parent.facility(from), lot == null ? null : parent.lot(lot),
                    product == null ? null : parent.product(product), quantity, on, null, reference, parent.facility(to),
                    null, null, null, fefoOverrideReason, hierarchyOverrideReason);
        }
    }

    @Command(name = "receive-transfer", mixinStandardHelpOptions = true,
            description = "Receives a transfer (proof of delivery): all that was sent, or --quantity with the --reason it differs.")
    static final class ReceiveTransfer extends Base {
        @Parameters(paramLabel = "TRANSFER_ID") UUID transferId;
        @Option(names = "--quantity", description = "Doses that arrived, when the transfer carried one lot.") Long quantity;
        @Option(names = "--reason", description = "Why what arrived differs from what was sent.") String reason;

        @Override
        MovementRequest request(LocalDate on) {
            return new MovementRequest(id, MovementType.TRANSFER_IN, null, null, null, quantity, on, reason, reference, null,
                    transferId, null, null);
        }
    }

    @Command(name = "adjust", mixinStandardHelpOptions = true, description = "Records a counted difference, up (+) or down (-), with its reason.")
    static final class Adjust extends Base {
        @Option(names = "--facility", required = true, paramLabel = "FACILITY") String facility;
        @Option(names = "--lot", required = true, paramLabel = "LOT") String lot;
        @Option(names = "--quantity", required = true, description = "Doses, signed: -20 or 20.") long quantity;
        @Option(names = "--reason", required = true) String reason;

        @Override
        MovementRequest request(LocalDate on) {
            return new MovementRequest(id, MovementType.ADJUSTMENT, parent.facility(facility), parent.lot(lot), null, quantity,
                    on, reason, reference, null, null, null, null);
        }
    }

    @Command(name = "waste", mixinStandardHelpOptions = true,
            description = "Records wasted doses (also expiry, recall or return with --type).")
    static final class Waste extends Base {
        @Option(names = "--facility", required = true, paramLabel = "FACILITY") String facility;
        @Option(names = "--lot", required = true, paramLabel = "LOT") String lot;
        @Option(names = "--quantity", required = true, description = "Doses.") long quantity;
        @Option(names = "--type", defaultValue = "WASTAGE", description = "WASTAGE, EXPIRY, RECALL or RETURN (default: ${DEFAULT-VALUE}).")
        MovementType type;
        @Option(names = "--reason", description = "For wastage: OPENED_VIAL, BREAKAGE, VVM, TEMPERATURE or OTHER.") String reason;

        @Override
        MovementRequest request(LocalDate on) {
            return new MovementRequest(id, type, parent.facility(facility), parent.lot(lot), null, quantity, on, reason,
                    reference, null, null, null, null);
        }
    }

    @Command(name = "reverse", mixinStandardHelpOptions = true, description = "Cancels a mistaken entry with its opposite.")
    static final class Reverse extends Base {
        @Parameters(paramLabel = "ENTRY_ID") UUID entryId;
        @Option(names = "--reason", required = true) String reason;

        @Override
        MovementRequest request(LocalDate on) {
            return new MovementRequest(id, MovementType.REVERSAL, null, null, null, null, on, reason, reference, null, null,
                    null, entryId);
        }
    }
}
