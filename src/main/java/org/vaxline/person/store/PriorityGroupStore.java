package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.person.domain.PriorityGroup;

import java.util.List;

/** The priority groups, seeded by the migration: data, not code. */
public final class PriorityGroupStore {

    public List<PriorityGroup> all(Handle h) {
        return h.createQuery("SELECT code, name_vi, name_en FROM priority_groups ORDER BY position, code")
                .map((rs, ctx) -> new PriorityGroup(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en")))
                .list();
    }

    public boolean exists(Handle h, String code) {
        return h.createQuery("SELECT COUNT(*) FROM priority_groups WHERE code = :code").bind("code", code)
                .mapTo(Integer.class).one() > 0;
    }
}
