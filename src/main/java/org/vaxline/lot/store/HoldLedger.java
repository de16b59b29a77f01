package org.vaxline.lot.store;

import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.lot.domain.Hold;
import org.vaxline.lot.domain.HoldLift;
import org.vaxline.lot.domain.HoldOutcome;
import org.vaxline.lot.domain.HoldSource;
import org.vaxline.platform.store.Rows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only ledgers of holds and of their lifts; a hold is open while it has no lift. */
public final class HoldLedger {
    private static final String SELECT = """
            SELECT h.*, l.outcome, l.note, l.lifted_at, l.lifted_by
            FROM lot_holds h LEFT JOIN lot_hold_lifts l ON l.hold_id = h.id""";

    private static final RowMapper<Hold> HOLD = (rs, ctx) -> {
        UUID id = Rows.uuid(rs, "id", ctx);
        String outcome = rs.getString("outcome");
        HoldLift lift = outcome == null ? null : new HoldLift(id, HoldOutcome.valueOf(outcome), rs.getString("note"),
                Rows.instant(rs, "lifted_at", ctx), rs.getString("lifted_by"));
        return new Hold(id, Rows.uuid(rs, "lot_id", ctx), Rows.uuid(rs, "facility_id", ctx), rs.getString("reason"),
                HoldSource.valueOf(rs.getString("source")), Rows.uuid(rs, "source_id", ctx),
                Rows.instant(rs, "placed_at", ctx), rs.getString("placed_by"), lift);
    };

    public void place(Handle h, Hold hold) {
        h.createUpdate("""
                        INSERT INTO lot_holds (id, lot_id, facility_id, reason, source, source_id, placed_at, placed_by)
                        VALUES (:id, :lotId, :facilityId, :reason, :source, :sourceId, :placedAt, :placedBy)""")
                .bind("id", hold.id()).bind("lotId", hold.lotId()).bindByType("facilityId", hold.facilityId(), UUID.class)
                .bind("reason", hold.reason()).bind("source", hold.source().name())
                .bindByType("sourceId", hold.sourceId(), UUID.class)
                .bind("placedAt", hold.placedAt()).bind("placedBy", hold.placedBy())
                .execute();
        LedgerChain.link(h, ChainedLedgers.LOT_HOLDS, hold.id(), hold.id(), hold.lotId(), hold.facilityId(), hold.reason(), hold.source(), hold.sourceId(), hold.placedAt(), hold.placedBy());
    }

    public void lift(Handle h, HoldLift lift) {
        h.createUpdate("""
                        INSERT INTO lot_hold_lifts (hold_id, outcome, note, lifted_at, lifted_by)
                        VALUES (:holdId, :outcome, :note, :liftedAt, :liftedBy)""")
                .bind("holdId", lift.holdId()).bind("outcome", lift.outcome().name()).bind("note", lift.note())
                .bind("liftedAt", lift.liftedAt()).bind("liftedBy", lift.liftedBy())
                .execute();        LedgerChain.link(h, ChainedLedgers.LOT_HOLD_LIFTS, lift.holdId(), lift.holdId(), lift.outcome(), lift.note(), lift.liftedAt(), lift.liftedBy());
    }

    public Optional<Hold> find(Handle h, UUID id) {
        return h.createQuery(SELECT + " WHERE h.id = :id").bind("id", id).map(HOLD).findOne();
    }

    /** Every hold of the lot, open or lifted, oldest first. */
    public List<Hold> ofLot(Handle h, UUID lotId) {
        return h.createQuery(SELECT + " WHERE h.lot_id = :lotId ORDER BY h.placed_at, h.id").bind("lotId", lotId).map(HOLD).list();
    }
}
