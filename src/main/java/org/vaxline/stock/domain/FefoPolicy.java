package org.vaxline.stock.domain;

import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * First expiry, first out: when nobody names the lots, the doses come from the usable lots that expire first
 * (ties by lot number), so that no lot expires on the shelf while a later one is used.
 */
public final class FefoPolicy {
    private FefoPolicy() {
    }

    public static List<Allocation> allocate(List<LotBalance> balances, long quantity, UUID facilityId, LocalDate on) {
        List<LotBalance> usable = balances.stream()
                .filter(b -> b.quantity() > 0 && usable(b, facilityId, on))
                .sorted(Comparator.comparing((LotBalance b) -> b.lot().expiresOn()).thenComparing(b -> b.lot().lotNumber()))
                .toList();
        long available = usable.stream().mapToLong(LotBalance::quantity).sum();
        if (available < quantity) {
            throw new VaxlineException(StockError.STOCK_INSUFFICIENT,
                    "quantity: " + quantity + " doses asked for, " + available + " usable on hand at facility " + facilityId
                            + " on " + on + " (released, unexpired, not on hold)",
                    Map.of("quantity", "exceeds the " + available + " usable doses on hand"),
                    Map.of("available", available, "requested", quantity));
        }
        List<Allocation> allocations = new ArrayList<>();
        long left = quantity;
        for (LotBalance b : usable) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, b.quantity());
            allocations.add(new Allocation(b.lot().lotId(), take));
            left -= take;
        }
        return allocations;
    }

    /** Usable there that day: released, unexpired, not on hold there, and already made (a lot made later was not there). */
    static boolean usable(LotBalance b, UUID facilityId, LocalDate on) {
        return b.lot().status() == org.vaxline.lot.domain.LotStatus.RELEASED && !b.lot().expiredOn(on) && !b.lot().onHoldAt(facilityId)
                && !b.lot().manufacturedOn().isAfter(on);
    }
}
