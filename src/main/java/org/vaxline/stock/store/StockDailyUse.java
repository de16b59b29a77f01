package org.vaxline.stock.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.store.DeferredWrites;
import org.vaxline.platform.store.Projection;
import org.vaxline.platform.store.Rows;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Doses used per facility, lot and day (issued or wasted, and sent on by transfer): a projection of the stock ledger,
 * moved by {@link StockLedger#append} in the same transaction as each entry, so days of supply sums a window's days
 * instead of the whole ledger at every call. A reversal is not use (as in the ledger sums this replaces).
 */
public final class StockDailyUse implements Projection {

    private static final String UPSERT = """
            INSERT INTO stock_daily_use (facility_id, lot_id, day, product_id, province_code, used, sent)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (facility_id, lot_id, day) DO UPDATE
            SET used = stock_daily_use.used + excluded.used, sent = stock_daily_use.sent + excluded.sent""";

    void apply(Handle h, StockMovement m) {
        long used = m.type() == MovementType.ISSUE || m.type() == MovementType.WASTAGE ? -m.quantity() : 0;
        long sent = m.type() == MovementType.TRANSFER_OUT ? -m.quantity() : 0;
        if (used == 0 && sent == 0) {
            return;
        }
        // summed per facility, lot and day over the transaction, and written once (DeferredWrites)
        DeferredWrites.on(h).sum(UPSERT, List.of(m.facilityId(), m.lotId(), m.occurredOn()), new long[]{used, sent},
                sums -> new Object[]{m.facilityId(), m.lotId(), m.occurredOn(), m.productId(), m.provinceCode(), sums[0], sums[1]},
                false);
    }

    /**
     * Use over the days after {@code from} up to {@code to}, per facility and product, optionally of one facility or
     * one province: one grouped read of the window, from which the report sums facilities, provinces and the country.
     */
    public List<Use> between(Handle h, UUID facilityId, String provinceCode, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("""
                SELECT facility_id, province_code, product_id, SUM(used) AS used, SUM(sent) AS sent FROM stock_daily_use
                WHERE day > :from AND day <= :to""");
        if (facilityId != null) {
            sql.append(" AND facility_id = :facility");
        }
        if (provinceCode != null) {
            sql.append(" AND province_code = :province");
        }
        sql.append(" GROUP BY facility_id, province_code, product_id");
        var query = h.createQuery(sql.toString()).bind("from", from).bind("to", to);
        if (facilityId != null) {
            query.bind("facility", facilityId);
        }
        if (provinceCode != null) {
            query.bind("province", provinceCode);
        }
        return query.map((rs, ctx) -> new Use(Rows.uuid(rs, "facility_id", ctx), rs.getString("province_code"),
                Rows.uuid(rs, "product_id", ctx), rs.getLong("used"), rs.getLong("sent"))).list();
    }

    /** A province code read from a per-province roll-up, where a facility without a province counts under '' (a key cannot hold NULL; V58, V65). */
    static String emptyAsNull(String provinceCode) {
        return provinceCode == null || provinceCode.isEmpty() ? null : provinceCode;
    }

    /**
     * Use (issued or wasted) over the days after {@code from} up to {@code to}, per province and product: one grouped
     * read of the window, for the national view (transfers out are not use: the doses stay in the country).
     */
    public List<Use> perProvinceBetween(Handle h, LocalDate from, LocalDate to) {
        // from the per-province projection its triggers keep (V58): 34 rows a day, not one per site and lot
        return h.createQuery("""
                        SELECT province_code, product_id, SUM(used) AS used FROM stock_province_daily_use
                        WHERE day > :from AND day <= :to GROUP BY province_code, product_id""")
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> new Use(null, emptyAsNull(rs.getString("province_code")), Rows.uuid(rs, "product_id", ctx),
                        rs.getLong("used"), 0)).list();
    }

    /**
     * Doses of one product a facility used in a window.
     *
     * @param used issued or wasted (counts for the facility, its province and the country)
     * @param sent transferred out (counts for the facility only: the doses stay in the country)
     */
    public record Use(UUID facilityId, String provinceCode, UUID productId, long used, long sent) {
    }

    private static final String RECOUNT = """
            SELECT facility_id, lot_id, occurred_on AS day, product_id, province_code,
                   -SUM(CASE WHEN type IN ('ISSUE', 'WASTAGE') THEN quantity ELSE 0 END) AS used,
                   -SUM(CASE WHEN type = 'TRANSFER_OUT' THEN quantity ELSE 0 END) AS sent
            FROM stock_movements WHERE type IN ('ISSUE', 'WASTAGE', 'TRANSFER_OUT')
            GROUP BY facility_id, lot_id, occurred_on, product_id, province_code""";

    @Override
    public int countMismatches(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM (SELECT u.facility_id FROM stock_daily_use u"
                        + " FULL OUTER JOIN (" + RECOUNT + ") l"
                        + " ON l.facility_id = u.facility_id AND l.lot_id = u.lot_id AND l.day = u.day"
                        + " WHERE COALESCE(u.used, 0) <> COALESCE(l.used, 0) OR COALESCE(u.sent, 0) <> COALESCE(l.sent, 0)) d")
                .mapTo(Integer.class).one();
    }

    @Override
    public void rebuild(Handle h) {
        h.execute("DELETE FROM stock_daily_use");
        h.execute("INSERT INTO stock_daily_use (facility_id, lot_id, day, product_id, province_code, used, sent) " + RECOUNT);
    }
}
