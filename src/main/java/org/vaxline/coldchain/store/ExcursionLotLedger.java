package org.vaxline.coldchain.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.coldchain.domain.Assessment;
import org.vaxline.coldchain.domain.ExcursionLot;
import org.vaxline.coldchain.domain.StorageRange;
import org.vaxline.lot.domain.HoldOutcome;
import org.vaxline.platform.store.Rows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only ledgers of the lots each excursion held or spared, and of the assessments of held lots. */
public final class ExcursionLotLedger {
    private static final String SELECT = """
            SELECT l.*, a.outcome, a.note, a.doses_discarded, a.wastage_request_id, a.assessed_at, a.assessed_by
            FROM excursion_lots l
            LEFT JOIN excursion_assessments a ON a.excursion_id = l.excursion_id AND a.lot_id = l.lot_id""";

    private static final RowMapper<ExcursionLot> LOT = (rs, ctx) -> {
        String outcome = rs.getString("outcome");
        Assessment assessment = outcome == null ? null : new Assessment(HoldOutcome.valueOf(outcome), rs.getString("note"),
                rs.getLong("doses_discarded"), Rows.uuid(rs, "wastage_request_id", ctx),
                Rows.instant(rs, "assessed_at", ctx), rs.getString("assessed_by"));
        return new ExcursionLot(Rows.uuid(rs, "excursion_id", ctx), Rows.uuid(rs, "lot_id", ctx), rs.getString("lot_number"),
                Rows.uuid(rs, "product_id", ctx), rs.getLong("doses_on_hand"),
                new StorageRange(rs.getDouble("storage_min_c"), rs.getDouble("storage_max_c")),
                Rows.uuid(rs, "hold_id", ctx), assessment);
    };

    public void insert(Handle h, ExcursionLot lot) {
        h.createUpdate("""
                        INSERT INTO excursion_lots (excursion_id, lot_id, lot_number, product_id, doses_on_hand,
                                                    storage_min_c, storage_max_c, hold_id)
                        VALUES (:excursionId, :lotId, :lotNumber, :productId, :doses, :min, :max, :holdId)""")
                .bind("excursionId", lot.excursionId()).bind("lotId", lot.lotId()).bind("lotNumber", lot.lotNumber())
                .bind("productId", lot.productId()).bind("doses", lot.dosesOnHand())
                .bind("min", lot.storage().minC()).bind("max", lot.storage().maxC())
                .bindByType("holdId", lot.holdId(), UUID.class)
                .execute();
    }

    public void assess(Handle h, UUID excursionId, UUID lotId, Assessment a) {
        h.createUpdate("""
                        INSERT INTO excursion_assessments (excursion_id, lot_id, outcome, note, doses_discarded,
                                                           wastage_request_id, assessed_at, assessed_by)
                        VALUES (:excursionId, :lotId, :outcome, :note, :discarded, :wastage, :assessedAt, :assessedBy)""")
                .bind("excursionId", excursionId).bind("lotId", lotId).bind("outcome", a.outcome().name())
                .bind("note", a.note()).bind("discarded", a.dosesDiscarded())
                .bindByType("wastage", a.wastageRequestId(), UUID.class)
                .bind("assessedAt", a.assessedAt()).bind("assessedBy", a.assessedBy())
                .execute();
    }

    /** The excursion's lots, held ones first, each in lot number order. */
    public List<ExcursionLot> of(Handle h, UUID excursionId) {
        return h.createQuery(SELECT + " WHERE l.excursion_id = :id ORDER BY CASE WHEN l.hold_id IS NULL THEN 1 ELSE 0 END, l.lot_number, l.lot_id")
                .bind("id", excursionId).map(LOT).list();
    }

    public Optional<ExcursionLot> find(Handle h, UUID excursionId, UUID lotId) {
        return h.createQuery(SELECT + " WHERE l.excursion_id = :id AND l.lot_id = :lot")
                .bind("id", excursionId).bind("lot", lotId).map(LOT).findOne();
    }
}
