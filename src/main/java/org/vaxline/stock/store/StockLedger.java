package org.vaxline.stock.store;

import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.platform.store.DeferredWrites;
import org.vaxline.platform.store.Rows;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only stock ledger: entries are inserted and read, never changed. */
public final class StockLedger {
    private final StockDailyUse dailyUse;

    /** @param dailyUse use per facility, lot and day, moved with every entry appended */
    public StockLedger(StockDailyUse dailyUse) {
        this.dailyUse = dailyUse;
    }

    static final RowMapper<StockMovement> ENTRY = (rs, ctx) -> new StockMovement(
            Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "request_id", ctx), MovementType.valueOf(rs.getString("type")),
            Rows.uuid(rs, "facility_id", ctx), rs.getString("province_code"), Rows.uuid(rs, "lot_id", ctx),
            Rows.uuid(rs, "product_id", ctx), rs.getLong("quantity"), Rows.date(rs, "occurred_on", ctx),
            rs.getString("reason"), rs.getString("reference"), Rows.uuid(rs, "transfer_id", ctx),
            Rows.uuid(rs, "counterpart_facility_id", ctx), Rows.uuid(rs, "reverses_id", ctx),
            rs.getString("fefo_override_reason"), rs.getString("hierarchy_override_reason"),
            Rows.instant(rs, "recorded_at", ctx), rs.getString("recorded_by"));

    private static final String INSERT = """
            INSERT INTO stock_movements (id, request_id, type, facility_id, province_code, lot_id, product_id, quantity,
                occurred_on, reason, reference, transfer_id, counterpart_facility_id, reverses_id,
                fefo_override_reason, hierarchy_override_reason, request_digest, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * The one way an entry enters the ledger (held and written in one batch with the transaction's others:
     * {@link DeferredWrites}); the daily use moves here, in the same transaction.
     *
     * @param requestDigest the digest of the content of the request that made the entry, which a retry must match
     */
    public void append(Handle h, StockMovement m, String requestDigest) {
        DeferredWrites.on(h).insert(INSERT, m.id(), m.requestId(), m.type(), m.facilityId(), m.provinceCode(), m.lotId(),
                m.productId(), m.quantity(), m.occurredOn(), m.reason(), m.reference(), m.transferId(),
                m.counterpartFacilityId(), m.reverses(), m.fefoOverrideReason(), m.hierarchyOverrideReason(), requestDigest,
                m.recordedAt(), m.recordedBy());
        LedgerChain.link(h, ChainedLedgers.STOCK_MOVEMENTS, m.id(), m.id(), m.requestId(), m.type(), m.facilityId(), m.provinceCode(), m.lotId(), m.productId(), m.quantity(), m.occurredOn(), m.reason(), m.reference(), m.transferId(), m.counterpartFacilityId(), m.reverses(), m.fefoOverrideReason(), m.hierarchyOverrideReason(), requestDigest, m.recordedAt(), m.recordedBy());
        dailyUse.apply(h, m);
        FirstArrivals.appended(h, m);
    }

    public Optional<StockMovement> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM stock_movements WHERE id = :id").bind("id", id).map(ENTRY).findOne();
    }

    /** The first day the lot came into the facility's stock (a receipt, a transfer in …), or empty if it never did. */
    public Optional<LocalDate> firstArrival(Handle h, UUID facilityId, UUID lotId) {
        return FirstArrivals.of(h, facilityId, lotId);
    }

    /** Reads the first arrivals of these facilities and lots at once, for a batch of doses about to be decided. */
    public void prefetchFirstArrivals(Handle h, java.util.Collection<java.util.Map.Entry<UUID, UUID>> facilityAndLot) {
        FirstArrivals.prefetch(h, facilityAndLot);
    }

    /** The entries one request made: a retry finds them here. */
    public List<StockMovement> byRequest(Handle h, UUID requestId) {
        return h.createQuery("SELECT * FROM stock_movements WHERE request_id = :id ORDER BY id").bind("id", requestId)
                .map(ENTRY).list();
    }

    /**
     * The digest of the content of the request that made these entries; empty for entries recorded before requests
     * kept their content (migration V14).
     */
    public Optional<String> requestDigest(Handle h, UUID requestId) {
        return h.createQuery("SELECT request_digest FROM stock_movements WHERE request_id = :id AND request_digest IS NOT NULL")
                .bind("id", requestId).mapTo(String.class).findFirst();
    }

    public boolean isReversed(Handle h, UUID entryId) {
        return h.createQuery("SELECT COUNT(*) FROM stock_movements WHERE reverses_id = :id").bind("id", entryId)
                .mapTo(Integer.class).one() > 0;
    }

    /** Both halves of a transfer, and any reversal of its outgoing half. */
    public List<StockMovement> transfer(Handle h, UUID transferId) {
        return h.createQuery("""
                        SELECT * FROM stock_movements WHERE transfer_id = :id
                        OR reverses_id IN (SELECT id FROM stock_movements WHERE transfer_id = :id) ORDER BY id""")
                .bind("id", transferId).map(ENTRY).list();
    }

    /** Outgoing halves of transfers not yet received nor cancelled, optionally to or from one facility. */
    public List<StockMovement> inTransit(Handle h, UUID facilityId) {
        var query = h.createQuery("SELECT * FROM stock_movements o WHERE o.type = 'TRANSFER_OUT'"
                        + (facilityId == null ? "" : " AND (o.facility_id = :facility OR o.counterpart_facility_id = :facility)")
                        + " AND NOT EXISTS (SELECT 1 FROM stock_movements i WHERE i.transfer_id = o.transfer_id AND i.type <> 'TRANSFER_OUT')"
                        + " ORDER BY o.id");
        bindIfPresent(query, "facility", facilityId);
        return query.map(ENTRY).list();
    }

    /** A page of the ledger, newest last, filtered by facility, lot and the days it happened. */
    public List<StockMovement> page(Handle h, LedgerFilter filter, UUID after, int limitPlusOne) {
        StringBuilder sql = new StringBuilder("SELECT * FROM stock_movements WHERE 1 = 1");
        if (filter.facilityId() != null) {
            sql.append(" AND facility_id = :facility");
        }
        if (filter.lotId() != null) {
            sql.append(" AND lot_id = :lot");
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_on >= :from");
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_on <= :to");
        }
        if (after != null) {
            sql.append(" AND id > :after");
        }
        sql.append(" ORDER BY id LIMIT :limit");
        var query = h.createQuery(sql.toString()).bind("limit", limitPlusOne);
        bindIfPresent(query, "facility", filter.facilityId());
        bindIfPresent(query, "lot", filter.lotId());
        bindIfPresent(query, "from", filter.from());
        bindIfPresent(query, "to", filter.to());
        bindIfPresent(query, "after", after);
        return query.map(ENTRY).list();
    }

    private static void bindIfPresent(org.jdbi.v3.core.statement.Query query, String name, Object value) {
        if (value != null) {
            query.bindByType(name, value, value.getClass());
        }
    }

    /**
     * Doses wasted per province and product over a period (first and last day included): wastage entries, less the
     * reversals of wastage entries, by the day each entry happened. The type list names the rows of the partial index
     * stock_movements_wastage (V61) in its own words, so that SQLite sees the index serves the query.
     */
    public List<Wasted> wastedBetween(Handle h, LocalDate from, LocalDate to) {
        return h.createQuery("""
                        SELECT m.province_code, m.product_id, -SUM(m.quantity) AS doses FROM stock_movements m
                        WHERE m.type IN ('WASTAGE', 'REVERSAL') AND m.occurred_on >= :from AND m.occurred_on <= :to
                          AND m.province_code IS NOT NULL AND (m.type = 'WASTAGE' OR (m.type = 'REVERSAL' AND EXISTS (
                                SELECT 1 FROM stock_movements w WHERE w.id = m.reverses_id AND w.type = 'WASTAGE')))
                        GROUP BY m.province_code, m.product_id ORDER BY m.province_code, m.product_id""")
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> new Wasted(rs.getString("province_code"), Rows.uuid(rs, "product_id", ctx), rs.getLong("doses")))
                .list();
    }

    /** Doses of one product wasted in one province. */
    public record Wasted(String provinceCode, UUID productId, long doses) {
    }

    /** Which entries the ledger holds for a page: by facility, lot and period. */
    public record LedgerFilter(UUID facilityId, UUID lotId, LocalDate from, LocalDate to) {
    }
}
