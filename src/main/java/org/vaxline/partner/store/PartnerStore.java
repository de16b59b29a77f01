package org.vaxline.partner.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.partner.domain.Partner;
import org.vaxline.partner.domain.PartnerKind;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partners in SQL; every method runs on the caller's handle so an import can write in one transaction. */
public final class PartnerStore {
    private static final String COLUMNS = "SELECT id, code, name, kind, country_code FROM partner ";
    private static final RowMapper<Partner> ROW = (rs, ctx) -> new Partner(
            ctx.findColumnMapperFor(UUID.class).orElseThrow().map(rs, "id", ctx),
            rs.getString("code"), rs.getString("name"), PartnerKind.valueOf(rs.getString("kind")),
            rs.getString("country_code"));

    public Optional<Partner> find(Handle h, UUID id) {
        return h.createQuery(COLUMNS + "WHERE id = :id").bind("id", id).map(ROW).findOne();
    }

    public Optional<Partner> byCode(Handle h, String code) {
        return h.createQuery(COLUMNS + "WHERE code = :code").bind("code", code).map(ROW).findOne();
    }

    /** Up to {@code limit} partners in code order after the code {@code after} (null: from the start). */
    public List<Partner> page(Handle h, String after, int limit) {
        return h.createQuery(COLUMNS + "WHERE code > :after ORDER BY code LIMIT :limit")
                .bind("after", after == null ? "" : after).bind("limit", limit).map(ROW).list();
    }

    public List<Partner> all(Handle h) {
        return h.createQuery(COLUMNS + "ORDER BY code").map(ROW).list();
    }

    public void upsert(Handle h, Partner p) {
        h.createUpdate("""
                        INSERT INTO partner (id, code, name, kind, country_code) VALUES (:id, :code, :name, :kind, :country)
                        ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, kind = excluded.kind,
                            country_code = excluded.country_code""")
                .bind("id", p.id()).bind("code", p.code()).bind("name", p.name()).bind("kind", p.kind().name())
                .bindByType("country", p.countryCode(), String.class).execute();
    }
}
