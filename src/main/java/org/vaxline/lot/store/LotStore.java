package org.vaxline.lot.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.lot.domain.Lot;
import org.vaxline.platform.store.Rows;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The lots table: each lot is written once, as registered. */
public final class LotStore {
    static final RowMapper<Lot> LOT = (rs, ctx) -> new Lot(
            Rows.uuid(rs, "id", ctx),
            Rows.uuid(rs, "product_id", ctx),
            rs.getString("lot_number"),
            rs.getString("gtin"),
            Rows.date(rs, "manufactured_on", ctx),
            Rows.date(rs, "labelled_expiry", ctx),
            Rows.instant(rs, "created_at", ctx),
            rs.getString("created_by"));

    public void insert(Handle h, Lot lot) {
        h.createUpdate("""
                        INSERT INTO lots (id, product_id, lot_number, gtin, manufactured_on, labelled_expiry, created_at, created_by)
                        VALUES (:id, :productId, :lotNumber, :gtin, :manufacturedOn, :labelledExpiry, :createdAt, :createdBy)""")
                .bind("id", lot.id()).bind("productId", lot.productId()).bind("lotNumber", lot.lotNumber())
                .bind("gtin", lot.gtin()).bind("manufacturedOn", lot.manufacturedOn()).bind("labelledExpiry", lot.labelledExpiry())
                .bind("createdAt", lot.createdAt()).bind("createdBy", lot.createdBy())
                .execute();
    }

    public Optional<Lot> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM lots WHERE id = :id").bind("id", id).map(LOT).findOne();
    }

    public Optional<Lot> byNumber(Handle h, UUID productId, String lotNumber) {
        return h.createQuery("SELECT * FROM lots WHERE product_id = :productId AND lot_number = :number")
                .bind("productId", productId).bind("number", lotNumber).map(LOT).findOne();
    }

    /** Every lot with this number, of whatever product. */
    public List<Lot> byNumber(Handle h, String lotNumber) {
        return h.createQuery("SELECT * FROM lots WHERE lot_number = :number ORDER BY id")
                .bind("number", lotNumber).map(LOT).list();
    }

    public List<Lot> ofProduct(Handle h, UUID productId) {
        return h.createQuery("SELECT * FROM lots WHERE product_id = :productId ORDER BY id")
                .bind("productId", productId).map(LOT).list();
    }

    public List<UUID> allIds(Handle h) {
        return h.createQuery("SELECT id FROM lots ORDER BY id").mapTo(UUID.class).list();
    }

    public List<Lot> findAll(Handle h, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT * FROM lots WHERE id IN (<ids>)").bindList("ids", List.copyOf(ids)).map(LOT).list();
    }
}
