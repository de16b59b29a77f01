package org.vaxline.shipment.domain;

import org.vaxline.gs1.domain.ElementString;
import org.vaxline.gs1.domain.Gs1Exception;
import org.vaxline.gs1.domain.Gs1Parser;
import org.vaxline.gs1.domain.Gtin;
import org.vaxline.platform.error.Violations;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a line's scanned GS1 label into its typed fields: (01) GTIN, (10) lot, (11) production date, (17) expiry.
 * What the label says fills what was not typed; a typed value that disagrees with it is a fault of {@code gs1}.
 */
public final class LabelScan {
    private LabelScan() {
    }

    /** The line with the label's values filled in, the line as given when it carries no label, or null when the label is unreadable. */
    public static NewShipment.Line merge(Violations v, String at, NewShipment.Line line, Year referenceYear) {
        if (line.gs1() == null || line.gs1().isBlank()) {
            return line;
        }
        ElementString label;
        try {
            label = new Gs1Parser(referenceYear).parse(line.gs1());
        } catch (Gs1Exception e) {
            v.add(at + ".gs1", e.getMessage());
            return null;
        }
        List<String> disagreements = new ArrayList<>();
        String gtin = pick("(01)", "gtin", line.gtin(), label.gtin(), LabelScan::sameGtin, disagreements);
        String lot = pick("(10)", "lotNumber", line.lotNumber() == null ? null : line.lotNumber().trim(), label.lot(),
                Objects::equals, disagreements);
        var made = pick("(11)", "manufacturedOn", line.manufacturedOn(), label.productionDate(), Objects::equals, disagreements);
        var expires = pick("(17)", "expiresOn", line.expiresOn(), label.expiry(), Objects::equals, disagreements);
        if (!disagreements.isEmpty()) {
            v.add(at + ".gs1", String.join("; ", disagreements));
        }
        return new NewShipment.Line(lot, gtin, made, expires, line.doses(), line.vials(), line.gs1());
    }

    private interface Same<T> {
        boolean test(T typed, T scanned);
    }

    private static <T> T pick(String ai, String field, T typed, Optional<T> scanned, Same<T> same, List<String> disagreements) {
        if (scanned.isEmpty()) {
            return typed;
        }
        if (typed != null && !same.test(typed, scanned.get())) {
            disagreements.add("AI " + ai + " says " + scanned.get() + " but " + field + " says " + typed);
        }
        return typed != null ? typed : scanned.get();
    }

    /** A typed GTIN-13 and the label's GTIN-14 name the same item; a typed GTIN that is itself bad is reported on gtin. */
    private static boolean sameGtin(String typed, String scanned) {
        return Gtin.problem(typed).isPresent() || Gtin.normalize(typed).equals(scanned);
    }
}
