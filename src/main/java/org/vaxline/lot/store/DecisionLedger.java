package org.vaxline.lot.store;

import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.lot.domain.DecisionKind;
import org.vaxline.lot.domain.ReleaseDecision;
import org.vaxline.platform.store.Rows;

import java.util.Optional;
import java.util.UUID;

/** The append-only ledger of release decisions; a unique lot_id keeps it to one per lot. */
public final class DecisionLedger {
    private static final RowMapper<ReleaseDecision> DECISION = (rs, ctx) -> new ReleaseDecision(
            Rows.uuid(rs, "id", ctx),
            Rows.uuid(rs, "lot_id", ctx),
            DecisionKind.valueOf(rs.getString("decision")),
            rs.getString("certificate_number"),
            rs.getString("reason"),
            Rows.date(rs, "decided_on", ctx),
            Rows.instant(rs, "recorded_at", ctx),
            rs.getString("recorded_by"));

    public void append(Handle h, ReleaseDecision d) {
        h.createUpdate("""
                        INSERT INTO lot_decisions (id, lot_id, decision, certificate_number, reason, decided_on, recorded_at, recorded_by)
                        VALUES (:id, :lotId, :decision, :certificate, :reason, :decidedOn, :recordedAt, :recordedBy)""")
                .bind("id", d.id()).bind("lotId", d.lotId()).bind("decision", d.decision().name())
                .bind("certificate", d.certificateNumber()).bind("reason", d.reason()).bind("decidedOn", d.decidedOn())
                .bind("recordedAt", d.recordedAt()).bind("recordedBy", d.recordedBy())
                .execute();
        LedgerChain.link(h, ChainedLedgers.LOT_DECISIONS, d.id(), d.id(), d.lotId(), d.decision(), d.certificateNumber(), d.reason(), d.decidedOn(), d.recordedAt(), d.recordedBy());
    }

    public Optional<ReleaseDecision> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM lot_decisions WHERE id = :id").bind("id", id).map(DECISION).findOne();
    }

    public Optional<ReleaseDecision> ofLot(Handle h, UUID lotId) {
        return h.createQuery("SELECT * FROM lot_decisions WHERE lot_id = :lotId").bind("lotId", lotId).map(DECISION).findOne();
    }
}
