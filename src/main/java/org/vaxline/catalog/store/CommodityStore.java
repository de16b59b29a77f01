package org.vaxline.catalog.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.catalog.domain.Commodity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Commodities in SQL. */
public final class CommodityStore {
    private static final String COLUMNS = "SELECT id, code, name, unit FROM commodity ";
    private static final RowMapper<Commodity> ROW = (rs, ctx) -> new Commodity(
            ctx.findColumnMapperFor(UUID.class).orElseThrow().map(rs, "id", ctx),
            rs.getString("code"), rs.getString("name"), rs.getString("unit"));

    public Optional<Commodity> find(Handle h, UUID id) {
        return h.createQuery(COLUMNS + "WHERE id = :id").bind("id", id).map(ROW).findOne();
    }

    public Optional<Commodity> byCode(Handle h, String code) {
        return h.createQuery(COLUMNS + "WHERE code = :code").bind("code", code).map(ROW).findOne();
    }

    public List<Commodity> page(Handle h, String after, int limit) {
        return h.createQuery(COLUMNS + "WHERE code > :after ORDER BY code LIMIT :limit")
                .bind("after", after == null ? "" : after).bind("limit", limit).map(ROW).list();
    }

    public List<Commodity> all(Handle h) {
        return h.createQuery(COLUMNS + "ORDER BY code").map(ROW).list();
    }

    public void upsert(Handle h, Commodity c) {
        h.createUpdate("""
                        INSERT INTO commodity (id, code, name, unit) VALUES (:id, :code, :name, :unit)
                        ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, unit = excluded.unit""")
                .bind("id", c.id()).bind("code", c.code()).bind("name", c.name()).bind("unit", c.unit()).execute();
    }
}
