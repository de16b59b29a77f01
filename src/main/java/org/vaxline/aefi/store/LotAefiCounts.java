package org.vaxline.aefi.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.store.Projection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * lot_aefi_counts: reports and serious reports per lot, projected from aefi_reports in the transaction that adds a
 * report (seriousness never changes afterwards, so follow-ups leave it alone).
 */
public final class LotAefiCounts implements Projection {
    private static final String RECOUNT = """
            SELECT lot_id, COUNT(*) AS reports, SUM(CASE WHEN seriousness = 'SERIOUS' THEN 1 ELSE 0 END) AS serious
            FROM aefi_reports""";

    /** The counts of one lot. */
    public record Counts(UUID lotId, long reports, long serious) {
        public static Counts none(UUID lotId) {
            return new Counts(lotId, 0, 0);
        }
    }

    /** Recounts one lot from the ledger (a few rows per lot, and exact whatever came before). */
    public void refresh(Handle h, UUID lotId) {
        h.createUpdate("INSERT INTO lot_aefi_counts (lot_id, reports, serious) " + RECOUNT + " WHERE lot_id = :lot GROUP BY lot_id "
                        + "ON CONFLICT (lot_id) DO UPDATE SET reports = excluded.reports, serious = excluded.serious")
                .bind("lot", lotId).execute();
    }

    public Optional<Counts> find(Handle h, UUID lotId) {
        return h.createQuery("SELECT * FROM lot_aefi_counts WHERE lot_id = :lot").bind("lot", lotId)
                .map((rs, ctx) -> new Counts(lotId, rs.getLong("reports"), rs.getLong("serious"))).findOne();
    }

    /** Lots with reports, in lot id order after the cursor. */
    public List<Counts> page(Handle h, UUID after, int limit) {
        return h.createQuery("SELECT * FROM lot_aefi_counts WHERE reports > 0" + (after == null ? "" : " AND lot_id > :after")
                        + " ORDER BY lot_id LIMIT :limit")
                .bindByType("after", after, UUID.class).bind("limit", limit)
                .map((rs, ctx) -> new Counts(org.vaxline.platform.store.Rows.uuid(rs, "lot_id", ctx), rs.getLong("reports"),
                        rs.getLong("serious")))
                .list();
    }

    @Override
    public int countMismatches(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM (" + RECOUNT + " GROUP BY lot_id) r "
                        + "LEFT JOIN lot_aefi_counts c ON c.lot_id = r.lot_id "
                        + "WHERE c.lot_id IS NULL OR c.reports <> r.reports OR c.serious <> r.serious")
                .mapTo(Integer.class).one()
                + h.createQuery("SELECT COUNT(*) FROM lot_aefi_counts c WHERE c.reports > 0 "
                        + "AND NOT EXISTS (SELECT 1 FROM aefi_reports r WHERE r.lot_id = c.lot_id)")
                .mapTo(Integer.class).one();
    }

    @Override
    public void rebuild(Handle h) {
        h.createUpdate("DELETE FROM lot_aefi_counts").execute();
        h.createUpdate("INSERT INTO lot_aefi_counts (lot_id, reports, serious) " + RECOUNT + " GROUP BY lot_id").execute();
    }
}
