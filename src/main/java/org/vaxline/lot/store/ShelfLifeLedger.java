package org.vaxline.lot.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.lot.domain.ShelfLifeDecision;
import org.vaxline.platform.store.Rows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only ledger of regulators' shelf-life decisions. */
public final class ShelfLifeLedger {
    private static final RowMapper<ShelfLifeDecision> DECISION = (rs, ctx) -> new ShelfLifeDecision(
            Rows.uuid(rs, "id", ctx),
            Rows.uuid(rs, "product_id", ctx),
            rs.getInt("months"),
            Rows.date(rs, "decided_on", ctx),
            rs.getString("authority"),
            rs.getString("reference"),
            Rows.date(rs, "manufactured_from", ctx),
            Rows.date(rs, "manufactured_to", ctx),
            Rows.instant(rs, "recorded_at", ctx),
            rs.getString("recorded_by"));

    public void append(Handle h, ShelfLifeDecision d) {
        h.createUpdate("""
                        INSERT INTO shelf_life_decisions (id, product_id, months, decided_on, authority, reference,
                                                          manufactured_from, manufactured_to, recorded_at, recorded_by)
                        VALUES (:id, :productId, :months, :decidedOn, :authority, :reference, :from, :to, :recordedAt, :recordedBy)""")
                .bind("id", d.id()).bind("productId", d.productId()).bind("months", d.months()).bind("decidedOn", d.decidedOn())
                .bind("authority", d.authority()).bind("reference", d.reference())
                .bindByType("from", d.manufacturedFrom(), java.time.LocalDate.class)
                .bindByType("to", d.manufacturedTo(), java.time.LocalDate.class)
                .bind("recordedAt", d.recordedAt()).bind("recordedBy", d.recordedBy())
                .execute();
        LedgerChain.link(h, ChainedLedgers.SHELF_LIFE_DECISIONS, d.id(), d.id(), d.productId(), d.months(), d.decidedOn(),
                d.authority(), d.reference(), d.manufacturedFrom(), d.manufacturedTo(), d.recordedAt(), d.recordedBy());
    }

    public Optional<ShelfLifeDecision> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM shelf_life_decisions WHERE id = :id").bind("id", id).map(DECISION).findOne();
    }

    /** A product's decisions in the order they were decided. */
    public List<ShelfLifeDecision> ofProduct(Handle h, UUID productId) {
        return h.createQuery("SELECT * FROM shelf_life_decisions WHERE product_id = :productId ORDER BY decided_on, recorded_at, id")
                .bind("productId", productId).map(DECISION).list();
    }

    public List<ShelfLifeDecision> page(Handle h, UUID productId, UUID after, int limitPlusOne) {
        return h.createQuery("SELECT * FROM shelf_life_decisions WHERE product_id = :productId"
                        + (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
                .bind("productId", productId).bindByType("after", after, UUID.class).bind("limit", limitPlusOne)
                .map(DECISION).list();
    }
}
