package org.vaxline.lot.cli;

import org.vaxline.lot.LotModule;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.platform.cli.CliOutput;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

@Command(name = "lots", mixinStandardHelpOptions = true, description = "Lists lots with their status, expiry in force and holds.")
public final class ListLotsCommand extends LotSubcommand {
    @Option(names = "--product", paramLabel = "CODE", description = "Only this product's lots.")
    String product;

    @Option(names = "--status", paramLabel = "S", description = "QUARANTINED, RELEASED or REJECTED.")
    LotStatus status;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    public ListLotsCommand(Supplier<LotModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }

    @Override
    public void run() {
        UUID productId = product == null ? null : module().queries().productIdByCode(product);
        List<LotState> all = new ArrayList<>();
        UUID cursor = null;
        do {
            Page<LotState> page = module().queries().page(productId, status, cursor, 500);
            all.addAll(page.items());
            cursor = page.next() == null ? null : UUID.fromString(page.next());
        } while (cursor != null);
        if (json) {
            CliOutput.json(spec.commandLine().getOut(), all);
            return;
        }
        if (all.isEmpty()) {
            print("no lots");
            return;
        }
        CliOutput.table(spec.commandLine().getOut(), List.of("LOT", "GTIN", "STATUS", "EXPIRES", "HELD", "ID"),
                all.stream().map(s -> List.of(s.lotNumber(), s.gtin(), s.status().name(), s.expiresOn().toString(),
                        s.heldEverywhere() ? "everywhere" : s.heldAtFacilities().isEmpty() ? "-" : s.heldAtFacilities().size() + " facilities",
                        s.lotId().toString())).toList());
    }
}
