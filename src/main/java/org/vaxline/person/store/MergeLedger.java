package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.vaxline.person.domain.PersonMerge;
import org.vaxline.platform.store.Rows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only merges: a duplicate appears once (a unique index), its survivor any number of times. */
public final class MergeLedger {

    public void insert(Handle h, PersonMerge m) {
        h.createUpdate("""
                        INSERT INTO person_merges (id, survivor_id, duplicate_id, reason, province_code, recorded_at, recorded_by)
                        VALUES (:id, :survivor, :duplicate, :reason, :province, :recordedAt, :recordedBy)""")
                .bind("id", m.id()).bind("survivor", m.survivorId()).bind("duplicate", m.duplicateId())
                .bind("reason", m.reason()).bind("province", m.provinceCode())
                .bind("recordedAt", m.recordedAt()).bind("recordedBy", m.recordedBy())
                .execute();
        LedgerChain.link(h, ChainedLedgers.PERSON_MERGES, m.id(), m.id(), m.survivorId(), m.duplicateId(), m.reason(),
                m.provinceCode(), m.recordedAt(), m.recordedBy());
    }

    /** The person this one was merged into, if it was. */
    public Optional<UUID> mergedInto(Handle h, UUID personId) {
        return h.createQuery("SELECT survivor_id FROM person_merges WHERE duplicate_id = :id")
                .bind("id", personId).mapTo(UUID.class).findOne();
    }

    /** Which of these people take part in any merge, as the one merged away or the one kept. */
    public java.util.Set<UUID> touching(Handle h, java.util.Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(h.createQuery("SELECT duplicate_id AS id FROM person_merges WHERE duplicate_id IN (<ids>)"
                        + " UNION SELECT survivor_id FROM person_merges WHERE survivor_id IN (<ids>)")
                .bindList("ids", org.vaxline.platform.store.InLists.padded(personIds)).mapTo(UUID.class).list());
    }

    /** The people merged straight into this one. */
    public List<UUID> mergedFrom(Handle h, UUID survivorId) {
        return h.createQuery("SELECT duplicate_id FROM person_merges WHERE survivor_id = :id ORDER BY duplicate_id")
                .bind("id", survivorId).mapTo(UUID.class).list();
    }

    public Optional<PersonMerge> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM person_merges WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new PersonMerge(
                        Rows.uuid(rs, "id", ctx),
                        Rows.uuid(rs, "survivor_id", ctx),
                        Rows.uuid(rs, "duplicate_id", ctx),
                        rs.getString("reason"),
                        rs.getString("province_code"),
                        Rows.instant(rs, "recorded_at", ctx),
                        rs.getString("recorded_by")))
                .findOne();
    }
}
