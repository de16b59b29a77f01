package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.person.domain.PriorityGroup;

import java.util.List;
import java.util.Optional;

/** The priority groups with the ages they admit, seeded by the migrations: data, not code. */
public final class PriorityGroupStore {
    private static final String COLUMNS = "SELECT code, name_vi, name_en, min_age_years, max_age_years FROM priority_groups ";
    private static final RowMapper<PriorityGroup> GROUP = (rs, ctx) -> {
        int min = rs.getInt("min_age_years");
        Integer minAge = rs.wasNull() ? null : min;
        int max = rs.getInt("max_age_years");
        Integer maxAge = rs.wasNull() ? null : max;
        return new PriorityGroup(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"), minAge, maxAge);
    };

    public List<PriorityGroup> all(Handle h) {
        return h.createQuery(COLUMNS + "ORDER BY position, code").map(GROUP).list();
    }

    /** Seeded by migrations and asked by every dose: kept in a cache (see its staleness contract). */
    private final org.vaxline.platform.store.MasterDataCache<String, PriorityGroup> byCode = new org.vaxline.platform.store.MasterDataCache<>();

    public Optional<PriorityGroup> find(Handle h, String code) {
        return byCode.get(h, code, handle -> handle.createQuery(COLUMNS + "WHERE code = :code").bind("code", code).map(GROUP).findOne());
    }

    public boolean exists(Handle h, String code) {
        return find(h, code).isPresent();
    }
}
