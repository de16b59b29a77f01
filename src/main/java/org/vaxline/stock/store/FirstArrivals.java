package org.vaxline.stock.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.store.InLists;
import org.vaxline.platform.store.Rows;
import org.vaxline.platform.store.TransactionMemo;
import org.vaxline.stock.domain.StockMovement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The first day a lot came into a facility's stock (a receipt, a transfer in, a positive adjustment; not a reversal):
 * a dose is given from a lot only on or after it (invariant 7). Read through the partial index of arrivals (V60), which
 * holds a facility's arrivals and none of its thousands of issues. A batch of doses reads the arrivals of all its sites
 * and lots in one statement ({@link #prefetch}), before it writes, and each dose then finds its answer in the
 * transaction's memo; an arrival appended in the same transaction makes the memo forget that facility and lot.
 */
final class FirstArrivals {
    private static final String WHERE_ARRIVAL = "quantity > 0 AND type <> 'REVERSAL'"; // the partial index's own terms

    private FirstArrivals() {
    }

    /** What the memo holds for a facility and lot: the day, or null when the lot never came there. */
    private record Arrival(LocalDate on) {
    }

    private record Key(UUID facilityId, UUID lotId) {
    }

    static Optional<LocalDate> of(Handle h, UUID facilityId, UUID lotId) {
        Optional<Arrival> read = TransactionMemo.of(h).get(new Key(facilityId, lotId), Arrival.class);
        if (read.isPresent()) {
            return Optional.ofNullable(read.get().on());
        }
        return Optional.ofNullable(h.createQuery("SELECT MIN(occurred_on) AS first_on FROM stock_movements"
                        + " WHERE facility_id = :facility AND lot_id = :lot AND " + WHERE_ARRIVAL)
                .bind("facility", facilityId).bind("lot", lotId).map((rs, ctx) -> Rows.date(rs, "first_on", ctx)).one());
    }

    /** Reads the first arrivals of these facilities and lots in one statement, into the transaction's memo. */
    static void prefetch(Handle h, Collection<Map.Entry<UUID, UUID>> facilityAndLot) {
        TransactionMemo memo = TransactionMemo.of(h);
        List<Key> wanted = facilityAndLot.stream().map(e -> new Key(e.getKey(), e.getValue())).distinct()
                .filter(k -> memo.get(k, Arrival.class).isEmpty()).toList();
        if (wanted.isEmpty()) {
            return;
        }
        List<Key> pairs = InLists.padded(wanted);
        var query = h.createQuery("SELECT v.column1 AS facility_id, v.column2 AS lot_id, (SELECT MIN(m.occurred_on)"
                + " FROM stock_movements m WHERE m.facility_id = v.column1 AND m.lot_id = v.column2 AND m."
                + WHERE_ARRIVAL.replace(" AND ", " AND m.") + ") AS first_on FROM (VALUES "
                + InLists.valuesRows(pairs.size(), ":f#", ":l#") + ") AS v");
        for (int i = 0; i < pairs.size(); i++) {
            query.bind("f" + i, pairs.get(i).facilityId()).bind("l" + i, pairs.get(i).lotId());
        }
        query.map((rs, ctx) -> Map.entry(new Key(Rows.uuid(rs, "facility_id", ctx), Rows.uuid(rs, "lot_id", ctx)),
                new Arrival(Rows.date(rs, "first_on", ctx)))).forEach(e -> memo.put(e.getKey(), e.getValue()));
    }

    /** An entry is appended: if it brings the lot in, the memo's answer for its facility may be wrong now. */
    static void appended(Handle h, StockMovement m) {
        if (m.quantity() > 0) {
            TransactionMemo.of(h).forget(new Key(m.facilityId(), m.lotId()));
        }
    }
}
