package org.vaxline.facility.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.vaxline.facility.domain.FacilityFilter;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.platform.store.InLists;

import java.sql.Types;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Facilities in SQL. */
public final class FacilityStore {
    private static final String COLUMNS = "SELECT id, code, name, type, parent_id, province_code, note FROM facility ";
    private static final RowMapper<Facility> ROW = (rs, ctx) -> {
        var uuid = ctx.findColumnMapperFor(UUID.class).orElseThrow();
        return new Facility(uuid.map(rs, "id", ctx), rs.getString("code"), rs.getString("name"),
                FacilityType.valueOf(rs.getString("type")), uuid.map(rs, "parent_id", ctx), rs.getString("province_code"),
                rs.getString("note"));
    };

    /** Facilities change rarely and every dose and movement asks for one: kept in a cache, forgotten on {@link #upsert}. */
    private final org.vaxline.platform.store.MasterDataCache<UUID, Facility> byId = new org.vaxline.platform.store.MasterDataCache<>();

    /** Commune names by id, per province ("": every province's), for the reports by commune: kept like {@link #byId}. */
    private final org.vaxline.platform.store.MasterDataCache<String, Map<UUID, String>> communeNames =
            new org.vaxline.platform.store.MasterDataCache<>();

    public Optional<Facility> find(Handle h, UUID id) {
        return byId.get(h, id, handle -> handle.createQuery(COLUMNS + "WHERE id = :id").bind("id", id).map(ROW).findOne());
    }

    /** Loads the facilities not cached (or expired) among these in one statement, for {@link #find} to answer from. */
    public void readAhead(Handle h, Collection<UUID> ids) {
        byId.readAhead(h, ids, missing -> {
            Map<UUID, Facility> found = new HashMap<>();
            h.createQuery(COLUMNS + "WHERE id IN (<ids>)").bindList("ids", InLists.padded(missing)).map(ROW)
                    .forEach(f -> found.put(f.id(), f));
            return found;
        });
    }

    /**
     * The names of a province's communes (null: every commune), by id; an empty answer is not kept, so communes
     * loaded later are seen at once.
     */
    public Map<UUID, String> communeNames(Handle h, String province) {
        return communeNames.get(h, province == null ? "" : province, handle -> {
            Map<UUID, String> names = new HashMap<>();
            page(handle, new FacilityFilter(province, FacilityType.COMMUNE, null), null, Integer.MAX_VALUE)
                    .forEach(f -> names.put(f.id(), f.name()));
            return names.isEmpty() ? Optional.empty() : Optional.of(Map.copyOf(names));
        }).orElse(Map.of());
    }

    public Optional<Facility> byCode(Handle h, String code) {
        return h.createQuery(COLUMNS + "WHERE code = :code").bind("code", code).map(ROW).findOne();
    }

    /** Facilities matching the filter in code order after {@code after}; each filter has an index. */
    public List<Facility> page(Handle h, FacilityFilter filter, String after, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS).append("WHERE code > :after");
        if (filter.provinceCode() != null) {
            sql.append(" AND province_code = :province");
        }
        if (filter.type() != null) {
            sql.append(" AND type = :type");
        }
        if (filter.parentId() != null) {
            sql.append(" AND parent_id = :parent");
        }
        Query query = h.createQuery(sql.append(" ORDER BY code LIMIT :limit").toString())
                .bind("after", after == null ? "" : after).bind("limit", limit);
        if (filter.provinceCode() != null) {
            query.bind("province", filter.provinceCode());
        }
        if (filter.type() != null) {
            query.bind("type", filter.type().name());
        }
        if (filter.parentId() != null) {
            query.bind("parent", filter.parentId());
        }
        return query.map(ROW).list();
    }

    /** Every facility, parents before children (by level, then code), so the list can be written back in order. */
    public List<Facility> all(Handle h) {
        return h.createQuery(COLUMNS).map(ROW).list().stream()
                .sorted(Comparator.comparing(Facility::type).thenComparing(Facility::code)).toList();
    }

    public void upsert(Handle h, Facility f) {
        byId.changed(h);
        communeNames.changed(h);
        var update = h.createUpdate("""
                        INSERT INTO facility (id, code, name, type, parent_id, province_code, note)
                        VALUES (:id, :code, :name, :type, :parent, :province, :note)
                        ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, type = excluded.type,
                            parent_id = excluded.parent_id, province_code = excluded.province_code, note = excluded.note""")
                .bind("id", f.id()).bind("code", f.code()).bind("name", f.name()).bind("type", f.type().name())
                .bindByType("province", f.provinceCode(), String.class)
                .bindByType("note", f.note(), String.class);
        // a typed null: PostgreSQL refuses a varchar null in a uuid column, and SQLite ignores the type
        if (f.parentId() == null) {
            update.bindNull("parent", Types.OTHER);
        } else {
            update.bind("parent", f.parentId());
        }
        update.execute();
    }
}
