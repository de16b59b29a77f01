package org.vaxline.shipment.domain;

import org.vaxline.gs1.domain.Gtin;
import org.vaxline.lot.domain.LotRules;
import org.vaxline.platform.error.Violations;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a shipment must say to be received. Every fault is collected and named with its path
 * ({@code arrivedOn}, {@code lots[2].expiresOn}, {@code lots[0].gs1}), so the sender hears of all of them at once.
 */
public final class ShipmentRules {
    private ShipmentRules() {
    }

    /** The product the commitment is of, as far as its lots are concerned. */
    public record ProductFacts(String code, int dosesPerVial, List<String> gtins) {
    }

    /** The checked lines, or a {@code SHIPMENT_INVALID} naming every fault. */
    public static List<ShipmentLine> lines(NewShipment s, ProductFacts product, LocalDate today) {
        Violations v = new Violations();
        v.check(s.arrivedOn() != null, "arrivedOn", "is required");
        v.check(s.arrivedOn() == null || !s.arrivedOn().isAfter(today), "arrivedOn", "must not be in the future (today is " + today + ")");
        v.check(s.reference() != null && !s.reference().isBlank(), "reference", "is required (e.g. the air waybill)");
        if (s.lots() == null || s.lots().isEmpty()) {
            v.add("lots", "must list at least one lot");
            v.throwIfAny(ShipmentError.SHIPMENT_INVALID);
        }
        Year referenceYear = Year.from(s.arrivedOn() != null ? s.arrivedOn() : today);
        List<ShipmentLine> lines = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < s.lots().size(); i++) {
            String at = "lots[" + i + "]";
            if (s.lots().get(i) == null) {
                v.add(at, "is required");
                continue;
            }
            NewShipment.Line line = LabelScan.merge(v, at, s.lots().get(i), referenceYear);
            if (line == null) {
                continue; // an unreadable label is the line's one fault: what it would have filled in is not missing
            }
            ShipmentLine checked = line(v, at, line, product, s.arrivedOn());
            if (checked != null) {
                Integer twin = numbers.putIfAbsent(checked.lotNumber(), i);
                v.check(twin == null, at + ".lotNumber", "repeats lots[" + twin + "]: list each lot once");
                lines.add(checked);
            }
        }
        v.throwIfAny(ShipmentError.SHIPMENT_INVALID);
        return lines;
    }

    private static ShipmentLine line(Violations v, String at, NewShipment.Line line, ProductFacts product, LocalDate arrivedOn) {
        String number = line.lotNumber() == null ? "" : line.lotNumber().trim();
        v.check(!number.isEmpty(), at + ".lotNumber", "is required (type it or scan a label with AI (10))");
        v.check(number.length() <= LotRules.MAX_LOT_NUMBER, at + ".lotNumber",
                "must have at most " + LotRules.MAX_LOT_NUMBER + " characters");
        if (line.gtin() == null || line.gtin().isBlank()) {
            v.add(at + ".gtin", "is required (type it or scan a label with AI (01))");
        } else {
            Gtin.problem(line.gtin()).ifPresentOrElse(reason -> v.add(at + ".gtin", reason), () ->
                    v.check(product.gtins().isEmpty() || product.gtins().stream().anyMatch(g -> Gtin.problem(g).isEmpty()
                                    && Gtin.normalize(g).equals(Gtin.normalize(line.gtin()))),
                            at + ".gtin", "is not a GTIN of " + product.code() + " " + product.gtins()));
        }
        LocalDate made = line.manufacturedOn();
        LocalDate expires = line.expiresOn();
        v.check(made != null, at + ".manufacturedOn", "is required (type it or scan a label with AI (11))");
        v.check(made == null || arrivedOn == null || !made.isAfter(arrivedOn), at + ".manufacturedOn",
                "must not be after the shipment arrived (" + arrivedOn + ")");
        v.check(expires != null, at + ".expiresOn", "is required (type it or scan a label with AI (17))");
        v.check(made == null || expires == null || expires.isAfter(made), at + ".expiresOn",
                "must be after manufacturedOn (" + made + ")");
        v.check(expires == null || arrivedOn == null || expires.isAfter(arrivedOn), at + ".expiresOn",
                "the lot had expired when the shipment arrived (" + arrivedOn + ")");
        VialCount count = VialCount.of(v, at, line.doses(), line.vials(), product.dosesPerVial());
        // Faults are all collected above; a line is made only when it can be, and only returned when there is none.
        if (count == null || number.isEmpty() || made == null || expires == null || line.gtin() == null
                || Gtin.problem(line.gtin()).isPresent()) {
            return null;
        }
        return new ShipmentLine(number, Gtin.normalize(line.gtin()), made, expires, count.doses(), count.vials());
    }
}
