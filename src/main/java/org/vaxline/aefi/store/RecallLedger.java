package org.vaxline.aefi.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.vaxline.aefi.domain.Recall;
import org.vaxline.platform.store.Rows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only ledgers of lot recalls and of the facilities holding each recalled lot at that moment. */
public final class RecallLedger {
    public void insert(Handle h, Recall r) {
        h.createUpdate("""
                        INSERT INTO lot_recalls (id, lot_id, reason, hold_id, recorded_at, recorded_by)
                        VALUES (:id, :lotId, :reason, :holdId, :recordedAt, :recordedBy)""")
                .bind("id", r.id()).bind("lotId", r.lotId()).bind("reason", r.reason()).bind("holdId", r.holdId())
                .bind("recordedAt", r.recordedAt()).bind("recordedBy", r.recordedBy())
                .execute();
        LedgerChain.link(h, ChainedLedgers.LOT_RECALLS, r.id(), r.id(), r.lotId(), r.reason(), r.holdId(), r.recordedAt(), r.recordedBy());
        List<Object> facilities = new java.util.ArrayList<>();
        for (Recall.HoldingFacility f : r.facilitiesHolding()) {
            h.createUpdate("""
                            INSERT INTO lot_recall_facilities (recall_id, facility_id, facility_code, province_code, doses)
                            VALUES (:recallId, :facilityId, :code, :province, :doses)""")
                    .bind("recallId", r.id()).bind("facilityId", f.facilityId()).bind("code", f.facilityCode())
                    .bind("province", f.provinceCode()).bind("doses", f.doses())
                    .execute();
            facilities.addAll(java.util.Arrays.asList(r.id(), f.facilityId(), f.facilityCode(), f.provinceCode(), f.doses()));
        }
        LedgerChain.link(h, ChainedLedgers.LOT_RECALL_FACILITIES, r.id(), facilities.toArray());
    }

    public Optional<Recall> find(Handle h, UUID id) {
        return one(h, "id", id);
    }

    public Optional<Recall> ofLot(Handle h, UUID lotId) {
        return one(h, "lot_id", lotId);
    }

    private Optional<Recall> one(Handle h, String column, UUID value) {
        return h.createQuery("SELECT * FROM lot_recalls WHERE " + column + " = :v").bind("v", value)
                .map((rs, ctx) -> new Recall(Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "lot_id", ctx), rs.getString("reason"),
                        Rows.uuid(rs, "hold_id", ctx), Rows.instant(rs, "recorded_at", ctx), rs.getString("recorded_by"), List.of()))
                .findOne()
                .map(r -> new Recall(r.id(), r.lotId(), r.reason(), r.holdId(), r.recordedAt(), r.recordedBy(), facilities(h, r.id())));
    }

    /** Largest holdings first, so the people who must act first read first. */
    private List<Recall.HoldingFacility> facilities(Handle h, UUID recallId) {
        return h.createQuery("SELECT * FROM lot_recall_facilities WHERE recall_id = :id ORDER BY doses DESC, facility_code, facility_id")
                .bind("id", recallId)
                .map((rs, ctx) -> new Recall.HoldingFacility(Rows.uuid(rs, "facility_id", ctx), rs.getString("facility_code"),
                        rs.getString("province_code"), rs.getLong("doses")))
                .list();
    }
}
