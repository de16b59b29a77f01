package org.vaxline.shipment.cli;

import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.shipment.ShipmentModule;
import org.vaxline.shipment.application.ReceivedShipment;
import org.vaxline.shipment.domain.NewShipment;
import org.vaxline.shipment.domain.Shipment;
import org.vaxline.shipment.domain.ShipmentLot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code vaxline stock receive}: receives a shipment at a store. Each lot is typed ({@code --lot --gtin --manufactured
 * --expires}) or scanned ({@code --gs1}) and ends with its quantity ({@code --doses} or {@code --vials}).
 * <p>
 * The lot options are collected in the order given rather than with a repeating picocli argument group, which fills one
 * group until an option repeats and so would put a scanned lot's {@code --gs1} into the typed lot before it.
 */
@Command(name = "receive", mixinStandardHelpOptions = true,
        description = {"Receives a shipment at a store against an agreement's commitment: registers its lots (quarantined),",
                "records the delivery and puts the doses on hand, all or nothing.",
                "Give each lot as --lot N --gtin G --manufactured D --expires D, or --gs1 LABEL (bracketed, raw with GS",
                "separators, or a Digital Link), and end it with --doses N or --vials N."})
public final class ReceiveShipmentCommand implements Runnable {
    private final Supplier<ShipmentModule> module;
    private final Supplier<Actor> actor;
    private final Function<String, UUID> facilityByIdOrCode;
    private final List<LotOptions> lots = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Option(names = "--agreement", required = true, paramLabel = "ID", description = "The agreement the shipment is received against.")
    UUID agreement;

    @Option(names = "--commitment", paramLabel = "ID", description = "The commitment (needed when the agreement has several product commitments).")
    UUID commitment;

    @Option(names = "--facility", required = true, paramLabel = "FACILITY", description = "The receiving store, by code (e.g. NATIONAL-STORE) or id.")
    String facility;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The day it arrived (YYYY-MM-DD).")
    LocalDate date;

    @Option(names = "--reference", required = true, paramLabel = "REF", description = "The air waybill or other transport document.")
    String reference;

    @Option(names = "--over-delivery", description = "Record it even beyond what is outstanding on the commitment.")
    boolean overDelivery;

    @Option(names = "--id", paramLabel = "UUID", description = "The shipment's id; give it to make a re-run harmless.")
    UUID id;

    /**
     * @param facilityByIdOrCode a facility code or id to the facility's id (404 when unknown)
     */
    public ReceiveShipmentCommand(Supplier<ShipmentModule> module, Supplier<Actor> actor, Function<String, UUID> facilityByIdOrCode) {
        this.module = module;
        this.actor = actor;
        this.facilityByIdOrCode = facilityByIdOrCode;
    }

    /** What was given of one lot; a lot's quantity closes it, so the next lot option opens another. */
    private static final class LotOptions {
        String number;
        String gtin;
        LocalDate manufactured;
        LocalDate expires;
        String gs1;
        Long doses;
        Long vials;

        boolean closed() {
            return doses != null || vials != null;
        }

        NewShipment.Line line() {
            return new NewShipment.Line(number, gtin, manufactured, expires, doses, vials, gs1);
        }
    }

    private LotOptions open() {
        if (lots.isEmpty() || lots.get(lots.size() - 1).closed()) {
            lots.add(new LotOptions());
        }
        return lots.get(lots.size() - 1);
    }

    @Option(names = "--lot", paramLabel = "NUMBER", description = "A lot's number, as typed.")
    void lot(String value) {
        open().number = value;
    }

    @Option(names = "--gtin", paramLabel = "GTIN", description = "Its GTIN.")
    void gtin(String value) {
        open().gtin = value;
    }

    @Option(names = "--manufactured", paramLabel = "DATE", description = "Its manufacture date.")
    void manufactured(LocalDate value) {
        open().manufactured = value;
    }

    @Option(names = "--expires", paramLabel = "DATE", description = "Its expiry date, as labelled.")
    void expires(LocalDate value) {
        open().expires = value;
    }

    @Option(names = "--gs1", paramLabel = "LABEL", description = "A lot's scanned GS1 label: (01)…(17)…(10)…, raw, or a Digital Link.")
    void gs1(String value) {
        open().gs1 = value;
    }

    @Option(names = "--doses", paramLabel = "N", description = "Doses of the lot; ends the lot.")
    void doses(long value) {
        open().doses = value;
    }

    @Option(names = "--vials", paramLabel = "N", description = "Vials of the lot (doses = vials × doses per vial); ends the lot.")
    void vials(long value) {
        open().vials = value;
    }

    @Override
    public void run() {
        if (lots.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one lot: --lot … --doses N, or --gs1 LABEL --vials N");
        }
        if (!lots.get(lots.size() - 1).closed()) {
            throw new ParameterException(spec.commandLine(), "end lot " + lots.size() + " with --doses N or --vials N");
        }
        NewShipment request = new NewShipment(id, agreement, commitment, facilityByIdOrCode.apply(facility), date, reference,
                overDelivery, lots.stream().map(LotOptions::line).toList());
        ShipmentModule shipments = module.get();
        Recorded<Shipment> recorded = shipments.receiveShipment().receive(actor.get(), request);
        print(shipments.queries().withStatus(recorded.value()), recorded.isNew());
    }

    private void print(ReceivedShipment received, boolean isNew) {
        Shipment s = received.shipment();
        PrintWriter out = spec.commandLine().getOut();
        out.println((isNew ? "received shipment " : "already received: shipment ") + s.id() + " (" + s.reference() + ") at "
                + s.facilityId() + " on " + s.arrivedOn());
        out.println("  delivery " + s.deliveryId() + ": " + s.totalDoses() + " doses against commitment " + s.commitmentId()
                + (s.overDelivery() ? " (over-delivery)" : ""));
        for (ShipmentLot l : s.lots()) {
            out.println("  lot " + l.lotNumber() + " (" + l.lotId() + ")  " + l.doses() + " doses in " + l.vials()
                    + " vials, expires " + l.expiresOn() + ", " + received.lotStatus().get(l.lotId()));
        }
        out.flush();
    }
}
