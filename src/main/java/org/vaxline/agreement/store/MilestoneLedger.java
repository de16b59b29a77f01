package org.vaxline.agreement.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.vaxline.platform.store.Rows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Completions of technology-transfer milestones: one entry per milestone, never changed. */
public final class MilestoneLedger {

    public void complete(Handle h, UUID milestoneId, LocalDate doneOn, Instant recordedAt, String recordedBy) {
        h.createUpdate("""
                        INSERT INTO milestone_completions (milestone_id, done_on, recorded_at, recorded_by)
                        VALUES (:id, :doneOn, :recordedAt, :recordedBy)""")
                .bind("id", milestoneId).bind("doneOn", doneOn).bind("recordedAt", recordedAt).bind("recordedBy", recordedBy)
                .execute();
        LedgerChain.link(h, ChainedLedgers.MILESTONE_COMPLETIONS, milestoneId, milestoneId, doneOn, recordedAt, recordedBy);
    }

    public Optional<LocalDate> doneOn(Handle h, UUID milestoneId) {
        return h.createQuery("SELECT done_on FROM milestone_completions WHERE milestone_id = :id").bind("id", milestoneId)
                .map((rs, ctx) -> Rows.date(rs, "done_on", ctx)).findOne();
    }

    /** Done dates of every completed milestone of one agreement, by milestone id. */
    public Map<UUID, LocalDate> doneDates(Handle h, UUID agreementId) {
        return h.createQuery("""
                        SELECT mc.milestone_id, mc.done_on FROM milestone_completions mc
                        JOIN milestones m ON m.id = mc.milestone_id
                        JOIN commitments c ON c.id = m.commitment_id
                        WHERE c.agreement_id = :id""")
                .bind("id", agreementId)
                .map((rs, ctx) -> Map.entry(Rows.uuid(rs, "milestone_id", ctx), Rows.date(rs, "done_on", ctx)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
