package org.vaxline.catalog.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.catalog.domain.Product;
import org.vaxline.platform.store.Rows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** External products ({@code external_product}): written once when a record first names them, never changed. */
public final class ExternalProductStore {
    private static final RowMapper<Product> ROW = (rs, ctx) -> Product.external(Rows.uuid(rs, "id", ctx), rs.getString("code"),
            rs.getString("system"), rs.getString("system_code"), rs.getString("display"));

    public Optional<Product> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM external_product WHERE id = :id").bind("id", id).map(ROW).findOne();
    }

    public Optional<Product> byCode(Handle h, String code) {
        return h.createQuery("SELECT * FROM external_product WHERE code = :code").bind("code", code).map(ROW).findOne();
    }

    public Optional<Product> bySystemCode(Handle h, String system, String systemCode) {
        return h.createQuery("SELECT * FROM external_product WHERE system = :system AND system_code = :code")
                .bind("system", system).bind("code", systemCode).map(ROW).findOne();
    }

    /** External products in code order after {@code after} (null: from the start), at most {@code limit}. */
    public List<Product> page(Handle h, String after, int limit) {
        return h.createQuery("SELECT * FROM external_product WHERE code > :after ORDER BY code LIMIT :limit")
                .bind("after", after == null ? "" : after).bind("limit", limit).map(ROW).list();
    }

    public List<Product> all(Handle h) {
        return h.createQuery("SELECT * FROM external_product ORDER BY code").map(ROW).list();
    }

    /** Inserts unless a parallel transaction already did; answers whether this one inserted it. */
    public boolean insert(Handle h, Product p, String system, String systemCode, Instant at, String by) {
        return h.createUpdate("""
                        INSERT INTO external_product (id, code, system, system_code, display, created_at, created_by)
                        VALUES (:id, :code, :system, :systemCode, :display, :at, :by) ON CONFLICT DO NOTHING""")
                .bind("id", p.id()).bind("code", p.code()).bind("system", system).bind("systemCode", systemCode)
                .bind("display", p.name()).bind("at", at).bind("by", by).execute() == 1;
    }
}
