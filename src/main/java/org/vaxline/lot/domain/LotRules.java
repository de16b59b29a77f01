package org.vaxline.lot.domain;

import org.vaxline.gs1.domain.Gtin;
import org.vaxline.platform.error.Violations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a lot must say to be registered; every fault is named with its path, e.g. {@code lots[1].gtin}. */
public final class LotRules {
    /** GS1 AI (10) holds a batch or lot number of at most 20 characters. */
    public static final int MAX_LOT_NUMBER = 20;

    private LotRules() {
    }

    /**
     * @param productGtins the product's GTINs (empty when it lists none), or empty when the product does not exist
     */
    public static void check(Violations v, String path, NewLot lot, Optional<List<String>> productGtins, LocalDate today) {
        if (lot.productId() == null) {
            v.add(path + ".productId", "is required");
        } else if (productGtins.isEmpty()) {
            v.add(path + ".productId", "no product " + lot.productId() + " in the catalogue");
        }
        String number = lot.lotNumber() == null ? "" : lot.lotNumber().trim();
        v.check(!number.isEmpty(), path + ".lotNumber", "is required");
        v.check(number.length() <= MAX_LOT_NUMBER, path + ".lotNumber", "must have at most " + MAX_LOT_NUMBER + " characters");
        Optional<String> gtinProblem = Gtin.problem(lot.gtin());
        gtinProblem.ifPresent(reason -> v.add(path + ".gtin", reason));
        if (gtinProblem.isEmpty() && productGtins.isPresent() && !productGtins.get().isEmpty()) {
            String gtin = Gtin.normalize(lot.gtin());
            v.check(productGtins.get().stream().anyMatch(g -> Gtin.problem(g).isEmpty() && Gtin.normalize(g).equals(gtin)),
                    path + ".gtin", "is not one of the product's GTINs " + productGtins.get());
        }
        v.check(lot.manufacturedOn() != null, path + ".manufacturedOn", "is required");
        v.check(lot.manufacturedOn() == null || !lot.manufacturedOn().isAfter(today), path + ".manufacturedOn",
                "must not be in the future (today is " + today + ")");
        v.check(lot.labelledExpiry() != null, path + ".labelledExpiry", "is required");
        v.check(lot.manufacturedOn() == null || lot.labelledExpiry() == null || lot.labelledExpiry().isAfter(lot.manufacturedOn()),
                path + ".labelledExpiry", "must be after manufacturedOn (" + lot.manufacturedOn() + ")");
    }

    /** The lot as it will be stored: trimmed number, 14-digit GTIN. Call after {@link #check} found nothing. */
    public static Lot lotOf(NewLot lot, Instant now, String actor) {
        return new Lot(lot.id(), lot.productId(), lot.lotNumber().trim(), Gtin.normalize(lot.gtin()), lot.manufacturedOn(),
                lot.labelledExpiry(), now, actor);
    }
}
