package org.vaxline.shipment.application;

import org.vaxline.lot.application.LotQueries;
import org.vaxline.lot.application.RegisterLots;
import org.vaxline.lot.domain.Lot;
import org.vaxline.lot.domain.LotError;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.platform.error.ErrorKind;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.shipment.domain.ShipmentLine;
import org.vaxline.shipment.domain.ShipmentRules.ProductFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The lots of a shipment's lines: a lot already registered with the same number, GTIN and dates is the same lot
 * (a second shipment of it); the others are registered, quarantined, in the caller's transaction.
 */
public final class ShipmentLots {
    private final RegisterLots registerLots;
    private final LotQueries lots;

    public ShipmentLots(RegisterLots registerLots, LotQueries lots) {
        this.registerLots = registerLots;
        this.lots = lots;
    }

    /** Each line's lot id, in line order. */
    List<UUID> lotsOf(Actor actor, UUID productId, ProductFacts product, List<ShipmentLine> lines) {
        List<UUID> ids = new ArrayList<>();
        List<NewLot> fresh = new ArrayList<>();
        List<Integer> freshLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ShipmentLine line = lines.get(i);
            Optional<Lot> known = registered(line.lotNumber(), product.code());
            if (known.isPresent()) {
                requireSame(i, known.get(), line);
                ids.add(known.get().id());
                continue;
            }
            UUID id = Ids.newId();
            fresh.add(new NewLot(id, productId, line.lotNumber(), line.gtin(), line.manufacturedOn(), line.expiresOn()));
            freshLines.add(i);
            ids.add(id);
        }
        if (!fresh.isEmpty()) {
            register(actor, fresh, freshLines);
        }
        return ids;
    }

    private Optional<Lot> registered(String number, String productCode) {
        try {
            return Optional.of(lots.resolve(number, productCode));
        } catch (VaxlineException e) {
            if (e.code().kind() == ErrorKind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static void requireSame(int i, Lot known, ShipmentLine line) {
        boolean same = known.gtin().equals(line.gtin()) && known.manufacturedOn().equals(line.manufacturedOn())
                && known.labelledExpiry().equals(line.expiresOn());
        if (!same) {
            String field = "lots[" + i + "].lotNumber";
            throw new VaxlineException(LotError.LOT_NUMBER_TAKEN, field + ": lot " + line.lotNumber()
                    + " is already registered as " + known.id() + " with GTIN " + known.gtin() + ", made " + known.manufacturedOn()
                    + ", expiring " + known.labelledExpiry(), Map.of(field, "already registered with another GTIN or other dates"),
                    Map.of());
        }
    }

    /** Registers the new lots; a fault the lot feature names by its own index is renamed to the shipment's line. */
    private void register(Actor actor, List<NewLot> fresh, List<Integer> freshLines) {
        try {
            registerLots.register(actor, "lots", fresh);
        } catch (VaxlineException e) {
            throw Faults.relabel(e, field -> {
                for (int k = 0; k < freshLines.size(); k++) {
                    String prefix = "lots[" + k + "]";
                    if (field.startsWith(prefix + ".") || field.equals(prefix)) {
                        return ("lots[" + freshLines.get(k) + "]" + field.substring(prefix.length())).replace(".labelledExpiry", ".expiresOn");
                    }
                }
                return field;
            });
        }
    }
}
