package org.vaxline.lot.cli;

import org.vaxline.lot.LotModule;
import org.vaxline.lot.domain.NewShelfLifeDecision;
import org.vaxline.lot.domain.ShelfLifeDecision;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

@Command(name = "extend-shelf-life", mixinStandardHelpOptions = true,
        description = "Records a regulator's shelf-life decision; the expiry in force of the lots it covers follows.")
public final class ExtendShelfLifeCommand extends LotSubcommand {
    @Parameters(paramLabel = "PRODUCT_CODE")
    String product;

    @Option(names = "--months", required = true, description = "The new shelf life in months.")
    int months;

    @Option(names = "--decided", required = true, paramLabel = "DATE", description = "The day the regulator decided.")
    LocalDate decided;

    @Option(names = "--authority", required = true, paramLabel = "TEXT", description = "Who decided.")
    String authority;

    @Option(names = "--reference", required = true, paramLabel = "TEXT", description = "The decision's number or document.")
    String reference;

    @Option(names = "--manufactured-from", paramLabel = "DATE", description = "Only lots made on or after this day.")
    LocalDate from;

    @Option(names = "--manufactured-to", paramLabel = "DATE", description = "Only lots made on or before this day.")
    LocalDate to;

    @Option(names = "--id", description = "The decision's id (a UUID); give it to make a re-run harmless.")
    UUID id;

    public ExtendShelfLifeCommand(Supplier<LotModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }

    @Override
    public void run() {
        UUID productId = module().queries().productIdByCode(product);
        Recorded<ShelfLifeDecision> recorded = module().recordShelfLifeDecision().record(actor(), productId,
                new NewShelfLifeDecision(id, months, decided, authority, reference, from, to));
        print((recorded.isNew() ? "recorded shelf-life decision " : "shelf-life decision already recorded: ")
                + recorded.value().id() + ": " + product + " " + months + " months, " + authority + " " + decided);
    }
}
