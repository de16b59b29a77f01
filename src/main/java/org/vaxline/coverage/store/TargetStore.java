package org.vaxline.coverage.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.coverage.application.CoverageTargets.Target;

import java.time.Instant;
import java.util.List;

/** Target populations in plain SQL, the same statements on SQLite and PostgreSQL. */
public final class TargetStore {
    public void upsert(Handle h, Target target) {
        h.createUpdate("INSERT INTO coverage_target (province_code, group_code, population, set_at, set_by)"
                        + " VALUES (:province, :group, :population, :at, :by)"
                        + " ON CONFLICT (province_code, group_code) DO UPDATE SET population = excluded.population,"
                        + " set_at = excluded.set_at, set_by = excluded.set_by")
                .bind("province", target.provinceCode()).bind("group", target.groupCode())
                .bind("population", target.population()).bind("at", target.setAt()).bind("by", target.setBy())
                .execute();
    }

    /** @param provinceCode one province's targets, or null for every province's */
    public List<Target> list(Handle h, String provinceCode) {
        var query = h.createQuery("SELECT province_code, group_code, population, set_at, set_by FROM coverage_target"
                + (provinceCode == null ? "" : " WHERE province_code = :province") + " ORDER BY province_code, group_code");
        if (provinceCode != null) {
            query.bind("province", provinceCode);
        }
        return query.map((rs, ctx) -> new Target(rs.getString("province_code"), rs.getString("group_code"),
                rs.getLong("population"), ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "set_at", ctx),
                rs.getString("set_by"))).list();
    }
}
