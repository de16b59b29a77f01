package org.vaxline.stock.cli;

import org.vaxline.facility.application.Facilities;
import org.vaxline.platform.security.Actor;
import org.vaxline.stock.StockModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code vaxline stock …}: the cold chain's ledger from the command line. Facilities are named by code or id,
 * lots by number or id, products by code; the composition root adds the lot and shipment subcommands.
 */
@Command(name = "stock", mixinStandardHelpOptions = true,
        description = "Stock movements through the cold chain, on hand, expiring lots and the ledger.",
        subcommands = {StockMove.Issue.class, StockMove.Transfer.class, StockMove.ReceiveTransfer.class, StockMove.Adjust.class,
                StockMove.Waste.class, StockMove.Reverse.class, StockReports.OnHand.class, StockReports.Ledger.class,
                StockReports.Expiring.class, StockReports.InTransit.class, StockReports.Rebuild.class})
public final class StockCommand implements Runnable {
    private final Supplier<StockModule> module;
    private final Supplier<Actor> actor;
    private final Function<String, UUID> facilityByIdOrCode;
    private final Function<String, UUID> lotByReference;
    private final Function<String, UUID> productByCode;

    @Spec
    CommandSpec spec;

    /**
     * @param facilityByIdOrCode a facility id or code to the facility's id (404 for an unknown code)
     * @param lotByReference a lot id or lot number to the lot's id (404 when unknown)
     * @param productByCode  a product code to the product's id (404 when unknown)
     */
    public StockCommand(Supplier<StockModule> module, Supplier<Actor> actor, Function<String, UUID> facilityByIdOrCode,
                        Function<String, UUID> lotByReference, Function<String, UUID> productByCode) {
        this.module = module;
        this.actor = actor;
        this.facilityByIdOrCode = facilityByIdOrCode;
        this.lotByReference = lotByReference;
        this.productByCode = productByCode;
    }

    StockModule module() {
        return module.get();
    }

    Actor actor() {
        return actor.get();
    }

    UUID lot(String reference) {
        return lotByReference.apply(reference);
    }

    UUID product(String code) {
        return productByCode.apply(code);
    }

    /** A facility by its code (e.g. NATIONAL-STORE, CDC-01) or its id. */
    UUID facility(String reference) {
        return facilityByIdOrCode.apply(reference);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand (see vaxline stock --help)");
    }
}
