package org.vaxline.stock.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.store.DeferredWrites;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.InLists;
import org.vaxline.platform.store.Projection;
import org.vaxline.platform.store.TransactionMemo;
import org.vaxline.platform.store.Rows;
import org.vaxline.stock.domain.StockMovement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The balance per facility and lot: a projection of the ledger, moved in the same transaction as each entry.
 * A decrease succeeds only if it leaves the balance at zero or more; the check and the change are one statement,
 * so concurrent requests cannot both take the last doses (PostgreSQL re-checks the row after the first commits;
 * SQLite runs write transactions one at a time).
 */
public final class StockBalances implements Projection {
    private final Dialect dialect;

    public StockBalances(Dialect dialect) {
        this.dialect = dialect;
    }


    /** Applies an entry; answers false, changing nothing, when it would take the balance below zero. */
    public boolean apply(Handle h, StockMovement m) {
        TransactionMemo.of(h).forget(new HeldKey(m.facilityId(), m.lotId()));
        if (m.quantity() > 0) {
            h.createUpdate("""
                            INSERT INTO stock_balances (facility_id, lot_id, product_id, province_code, quantity)
                            VALUES (:facility, :lot, :product, :province, :delta)
                            ON CONFLICT (facility_id, lot_id) DO UPDATE SET quantity = stock_balances.quantity + excluded.quantity""")
                    .bind("facility", m.facilityId()).bind("lot", m.lotId()).bind("product", m.productId())
                    .bind("province", m.provinceCode()).bind("delta", m.quantity())
                    .execute();
            return true;
        }
        return h.createUpdate("""
                        UPDATE stock_balances SET quantity = quantity + :delta
                        WHERE facility_id = :facility AND lot_id = :lot AND quantity + :delta >= 0""")
                .bind("facility", m.facilityId()).bind("lot", m.lotId()).bind("delta", m.quantity())
                .execute() == 1;
    }

    /** A balance read once for the transaction and moved in memory since; its change is written at the commit. */
    private record HeldKey(UUID facilityId, UUID lotId) implements Comparable<HeldKey> {
        /** One order for every transaction's balance writes (they lock the rows in it). */
        @Override
        public int compareTo(HeldKey other) {
            int byFacility = facilityId.compareTo(other.facilityId);
            return byFacility != 0 ? byFacility : lotId.compareTo(other.lotId);
        }
    }

    private static final class Held {
        long quantity;

        Held(long quantity) {
            this.quantity = quantity;
        }
    }

    private static final String TAKE = """
            UPDATE stock_balances SET quantity = quantity + ? WHERE facility_id = ? AND lot_id = ? AND quantity + ? >= 0""";

    /**
     * Takes an issue's doses. When the batch read the balance ({@link #prefetch}: locked on PostgreSQL; SQLite has one
     * writer), from the balance kept in memory, so doses recorded together read and write each balance once: the write, one update per balance
     * summing them all, is held until the transaction needs it ({@link DeferredWrites}), and fails the transaction if
     * the balance moved meanwhile (it cannot, under the lock). Answers false, changing nothing, when too few are on hand.
     */
    public boolean take(Handle h, StockMovement issue) {
        if (issue.quantity() >= 0) {
            throw new IllegalArgumentException("take is for issues; a receipt is applied");
        }
        HeldKey key = new HeldKey(issue.facilityId(), issue.lotId());
        Optional<Held> known = TransactionMemo.of(h).get(key, Held.class);
        if (known.isEmpty()) {
            // not read for a batch: the guarded update alone checks and takes, in one statement
            return apply(h, issue);
        }
        Held held = known.get();
        if (held.quantity + issue.quantity() < 0) {
            return false;
        }
        held.quantity += issue.quantity();
        DeferredWrites.on(h).sum(TAKE, key, new long[]{issue.quantity()},
                sums -> new Object[]{sums[0], key.facilityId(), key.lotId(), sums[0]}, true);
        return true;
    }

    /**
     * Reads (and on PostgreSQL locks, in one order) the balances of these facilities and lots in one statement, for
     * {@link #take}: a batch of doses reads every balance it moves at once.
     */
    public void prefetch(Handle h, Collection<Map.Entry<UUID, UUID>> facilityAndLot) {
        TransactionMemo memo = TransactionMemo.of(h);
        List<HeldKey> wanted = facilityAndLot.stream().map(e -> new HeldKey(e.getKey(), e.getValue())).distinct()
                .filter(k -> memo.get(k, Held.class).isEmpty()).toList();
        if (wanted.isEmpty()) {
            return;
        }
        // a join on the pairs, not "(facility_id, lot_id) IN (VALUES …)": SQLite scans the whole table for the latter
        List<HeldKey> pairs = InLists.padded(wanted); // a repeated pair finds the same row again: no new answer
        StringBuilder sql = new StringBuilder("SELECT b.facility_id, b.lot_id, b.quantity FROM (VALUES ")
                .append(InLists.valuesRows(pairs.size(), ":f#", ":l#")).append(") AS v JOIN stock_balances b ON b.facility_id = v.column1 AND b.lot_id = v.column2")
                .append(" ORDER BY b.facility_id, b.lot_id");
        if (dialect == Dialect.POSTGRESQL) {
            sql.append(" FOR UPDATE OF b");
        }
        var query = h.createQuery(sql.toString());
        for (int i = 0; i < pairs.size(); i++) {
            query.bind("f" + i, pairs.get(i).facilityId()).bind("l" + i, pairs.get(i).lotId());
        }
        Map<HeldKey, Long> found = new HashMap<>();
        query.map((rs, ctx) -> Map.entry(new HeldKey(Rows.uuid(rs, "facility_id", ctx), Rows.uuid(rs, "lot_id", ctx)),
                rs.getLong("quantity"))).forEach(e -> found.put(e.getKey(), e.getValue()));
        for (HeldKey key : wanted) {
            memo.put(key, new Held(found.getOrDefault(key, 0L)));
        }
    }

    public long quantity(Handle h, UUID facilityId, UUID lotId) {
        Optional<Held> held = TransactionMemo.of(h).get(new HeldKey(facilityId, lotId), Held.class);
        if (held.isPresent()) {
            return held.get().quantity;
        }
        return h.createQuery("SELECT quantity FROM stock_balances WHERE facility_id = :facility AND lot_id = :lot")
                .bind("facility", facilityId).bind("lot", lotId).mapTo(Long.class).findOne().orElse(0L);
    }

    /** Lots of a product with doses on hand at a facility. */
    public List<Line> ofProductAt(Handle h, UUID facilityId, UUID productId) {
        return h.createQuery("""
                        SELECT facility_id, lot_id, product_id, province_code, quantity FROM stock_balances
                        WHERE facility_id = :facility AND product_id = :product AND quantity > 0""")
                .bind("facility", facilityId).bind("product", productId)
                .map((rs, ctx) -> new Line(Rows.uuid(rs, "facility_id", ctx), Rows.uuid(rs, "lot_id", ctx),
                        Rows.uuid(rs, "product_id", ctx), rs.getString("province_code"), rs.getLong("quantity")))
                .list();
    }

    /**
     * On hand per facility and lot, optionally limited to a facility, a province or a product: today from the
     * projection, on a past day summed from the ledger entries that had happened by then.
     */
    public List<Line> onHand(Handle h, UUID facilityId, String provinceCode, UUID productId, LocalDate asOf) {
        String source = asOf == null
                ? "SELECT facility_id, lot_id, product_id, province_code, quantity FROM stock_balances WHERE quantity > 0"
                : """
                  SELECT facility_id, lot_id, product_id, province_code, SUM(quantity) AS quantity FROM stock_movements
                  WHERE occurred_on <= :asOf GROUP BY facility_id, lot_id, product_id, province_code HAVING SUM(quantity) > 0""";
        StringBuilder sql = new StringBuilder("SELECT * FROM (" + source + ") b WHERE 1 = 1");
        if (facilityId != null) {
            sql.append(" AND facility_id = :facility");
        }
        if (provinceCode != null) {
            sql.append(" AND province_code = :province");
        }
        if (productId != null) {
            sql.append(" AND product_id = :product");
        }
        sql.append(" ORDER BY province_code, facility_id, lot_id");
        var query = h.createQuery(sql.toString());
        if (asOf != null) {
            query.bind("asOf", asOf);
        }
        if (facilityId != null) {
            query.bind("facility", facilityId);
        }
        if (provinceCode != null) {
            query.bind("province", provinceCode);
        }
        if (productId != null) {
            query.bind("product", productId);
        }
        return query.map((rs, ctx) -> new Line(Rows.uuid(rs, "facility_id", ctx), Rows.uuid(rs, "lot_id", ctx),
                Rows.uuid(rs, "product_id", ctx), rs.getString("province_code"), rs.getLong("quantity"))).list();
    }

    /**
     * Doses on hand today per province and lot, from the roll-up its triggers keep (V65): a row per province and lot,
     * not one per facility, so the national view does not group the balances of ten thousand sites at every call.
     *
     * @param productId one product, or null for all
     */
    public List<ProvinceLot> perProvinceAndLot(Handle h, UUID productId) {
        var query = h.createQuery("SELECT province_code, lot_id, product_id, quantity, facilities FROM stock_province_balances"
                + " WHERE facilities > 0" + (productId == null ? "" : " AND product_id = :product") + " ORDER BY province_code, lot_id");
        if (productId != null) {
            query.bind("product", productId);
        }
        return query.map((rs, ctx) -> new ProvinceLot(StockDailyUse.emptyAsNull(rs.getString("province_code")), Rows.uuid(rs, "lot_id", ctx),
                Rows.uuid(rs, "product_id", ctx), rs.getLong("quantity"), rs.getInt("facilities"))).list();
    }

    /** Doses of some lots on hand today at every facility that has them (the lots on hold, for the national view). */
    public List<Line> ofLots(Handle h, java.util.Collection<UUID> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        return h.createQuery("""
                        SELECT facility_id, lot_id, product_id, province_code, quantity FROM stock_balances
                        WHERE lot_id IN (<lots>) AND quantity > 0 ORDER BY province_code, facility_id, lot_id""")
                .bindList("lots", List.copyOf(lotIds))
                .map((rs, ctx) -> new Line(Rows.uuid(rs, "facility_id", ctx), Rows.uuid(rs, "lot_id", ctx),
                        Rows.uuid(rs, "product_id", ctx), rs.getString("province_code"), rs.getLong("quantity")))
                .list();
    }

    /** Doses of one lot on hand in one province (null: at facilities outside any province), at how many facilities. */
    public record ProvinceLot(String provinceCode, UUID lotId, UUID productId, long quantity, int facilities) {
    }

    @Override
    public int countMismatches(Handle h) {
        return h.createQuery("""
                        SELECT COUNT(*) FROM (
                          SELECT COALESCE(b.facility_id, l.facility_id) AS f FROM stock_balances b
                          FULL OUTER JOIN (SELECT facility_id, lot_id, SUM(quantity) AS quantity FROM stock_movements
                                           GROUP BY facility_id, lot_id) l
                            ON l.facility_id = b.facility_id AND l.lot_id = b.lot_id
                          WHERE COALESCE(b.quantity, 0) <> COALESCE(l.quantity, 0)) d""")
                .mapTo(Integer.class).one() + provinceMismatches(h);
    }

    /** Rows of the per-province roll-up (V65) that differ from the balances grouped by province and lot. */
    private static int provinceMismatches(Handle h) {
        return h.createQuery("""
                        SELECT COUNT(*) FROM (
                          SELECT r.lot_id FROM stock_province_balances r
                          FULL OUTER JOIN (SELECT COALESCE(province_code, '') AS province_code, lot_id, SUM(quantity) AS quantity,
                                                  SUM(CASE WHEN quantity > 0 THEN 1 ELSE 0 END) AS facilities
                                           FROM stock_balances GROUP BY COALESCE(province_code, ''), lot_id) b
                            ON b.province_code = r.province_code AND b.lot_id = r.lot_id
                          WHERE COALESCE(r.quantity, 0) <> COALESCE(b.quantity, 0)
                             OR COALESCE(r.facilities, 0) <> COALESCE(b.facilities, 0)) d""")
                .mapTo(Integer.class).one();
    }

    @Override
    public void rebuild(Handle h) {
        h.execute("DELETE FROM stock_balances");
        // the roll-up is recounted with the balances (its triggers add each inserted row), also where it had drifted
        h.execute("DELETE FROM stock_province_balances");
        h.execute("""
                INSERT INTO stock_balances (facility_id, lot_id, product_id, province_code, quantity)
                SELECT facility_id, lot_id, product_id, province_code, SUM(quantity) FROM stock_movements
                GROUP BY facility_id, lot_id, product_id, province_code""");
    }

    /** Doses of one lot at one facility, with the product and province they count towards. */
    public record Line(UUID facilityId, UUID lotId, UUID productId, String provinceCode, long quantity) {
    }
}
