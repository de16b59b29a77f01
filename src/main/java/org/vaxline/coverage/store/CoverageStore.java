package org.vaxline.coverage.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.coverage.domain.AgeBand;
import org.vaxline.coverage.domain.CoverageCell;
import org.vaxline.coverage.domain.CoverageMetric;
import org.vaxline.platform.store.DeferredWrites;
import org.vaxline.platform.store.Rows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The coverage cube in SQL: one row per cell with the number of people in it, and its roll-up over days, groups and
 * age bands ({@link CoverageTotals}), moved by the same deltas in the same transaction.
 */
public final class CoverageStore {
    private final CoverageTotals totals = new CoverageTotals();

    private static final String ADD = """
            INSERT INTO coverage_counts (series_code, province_code, commune, priority_group, age_band, day, metric, people)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (series_code, province_code, commune, priority_group, age_band, day, metric)
            DO UPDATE SET people = coverage_counts.people + excluded.people""";
    private static final String INSERT_MILESTONE = """
            INSERT INTO coverage_milestones (person_id, series_code, metric, day, province_code, commune, priority_group, age_band)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Adds people to a cell, creating it when it is the first: summed per cell over the transaction and written once,
     * with the transaction's other held writes ({@link DeferredWrites}).
     */
    public void add(Handle h, CoverageCell cell, long people) {
        DeferredWrites.on(h).sum(ADD, cell, new long[]{people}, sums -> new Object[]{cell.seriesCode(), cell.provinceCode(),
                cell.commune(), cell.priorityGroup(), cell.ageBand().name(), cell.day(), cell.metric().name(), sums[0]}, false);
    }

    /** Adds one person to each cell. */
    public void addAll(Handle h, List<CoverageCell> reached) {
        reached.forEach(cell -> add(h, cell, 1));
    }

    /** Records the milestones a person reached (held, and written in one batch with the transaction's others). */
    public void insertMilestones(Handle h, UUID personId, List<CoverageCell> reached) {
        for (CoverageCell cell : reached) {
            DeferredWrites.on(h).insert(INSERT_MILESTONE, personId, cell.seriesCode(), cell.metric().name(), cell.day(),
                    cell.provinceCode(), cell.commune(), cell.priorityGroup(), cell.ageBand().name());
        }
    }

    /** Forgets one milestone of a person. */
    public void deleteMilestone(Handle h, UUID personId, CoverageCell cell) {
        h.createUpdate("""
                        DELETE FROM coverage_milestones WHERE person_id = :person AND series_code = :series AND metric = :metric
                        AND day = :day AND province_code = :province AND commune = :commune AND priority_group = :group
                        AND age_band = :band""")
                .bind("person", personId).bind("series", cell.seriesCode()).bind("metric", cell.metric().name())
                .bind("day", cell.day()).bind("province", cell.provinceCode()).bind("commune", cell.commune())
                .bind("group", cell.priorityGroup()).bind("band", cell.ageBand().name())
                .execute();
    }

    /** Takes people out of a cell, deleting it when none are left. */
    public void remove(Handle h, CoverageCell cell, long people) {
        String key = " WHERE series_code = :series AND province_code = :province AND commune = :commune"
                + " AND priority_group = :group AND age_band = :band AND day = :day AND metric = :metric";
        for (String sql : new String[]{"UPDATE coverage_counts SET people = people - :people" + key,
                "DELETE FROM coverage_counts" + key + " AND people = 0"}) {
            h.createUpdate(sql)
                    .bind("series", cell.seriesCode()).bind("province", cell.provinceCode()).bind("commune", cell.commune())
                    .bind("group", cell.priorityGroup()).bind("band", cell.ageBand().name()).bind("day", cell.day())
                    .bind("metric", cell.metric().name()).bind("people", people)
                    .execute();
        }
    }

    /** The milestones a person reached, in one series or (null) in all. */
    public List<CoverageCell> milestones(Handle h, UUID personId, String seriesCode) {
        var query = h.createQuery("SELECT * FROM coverage_milestones WHERE person_id = :person"
                + (seriesCode == null ? "" : " AND series_code = :series")).bind("person", personId);
        if (seriesCode != null) {
            query.bind("series", seriesCode);
        }
        return query.map(MILESTONE).list();
    }

    /** Forgets a person's milestones, in one series or (null) in all. */
    public void deleteMilestones(Handle h, UUID personId, String seriesCode) {
        var update = h.createUpdate("DELETE FROM coverage_milestones WHERE person_id = :person"
                + (seriesCode == null ? "" : " AND series_code = :series")).bind("person", personId);
        if (seriesCode != null) {
            update.bind("series", seriesCode);
        }
        update.execute();
    }

    public void insertMilestone(Handle h, UUID personId, CoverageCell cell) {
        h.createUpdate("""
                        INSERT INTO coverage_milestones (person_id, series_code, metric, day, province_code, commune, priority_group, age_band)
                        VALUES (:person, :series, :metric, :day, :province, :commune, :group, :band)""")
                .bind("person", personId).bind("series", cell.seriesCode()).bind("metric", cell.metric().name())
                .bind("day", cell.day()).bind("province", cell.provinceCode()).bind("commune", cell.commune())
                .bind("group", cell.priorityGroup()).bind("band", cell.ageBand().name())
                .execute();
    }

    /** Every person's milestones, for a recount to compare. */
    public Map<UUID, List<CoverageCell>> allMilestones(Handle h) {
        Map<UUID, List<CoverageCell>> all = new HashMap<>();
        h.createQuery("SELECT * FROM coverage_milestones").map((rs, ctx) -> Map.entry(Rows.uuid(rs, "person_id", ctx), MILESTONE.map(rs, ctx)))
                .forEach(e -> all.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return all;
    }

    private static final org.jdbi.v3.core.mapper.RowMapper<CoverageCell> MILESTONE = (rs, ctx) -> new CoverageCell(
            rs.getString("series_code"), rs.getString("province_code"), rs.getString("commune"), rs.getString("priority_group"),
            AgeBand.valueOf(rs.getString("age_band")), Rows.date(rs, "day", ctx), CoverageMetric.valueOf(rs.getString("metric")));

    public Map<CoverageCell, Long> all(Handle h) {
        Map<CoverageCell, Long> cells = new HashMap<>();
        h.createQuery("SELECT * FROM coverage_counts").map((rs, ctx) -> Map.entry(new CoverageCell(rs.getString("series_code"),
                        rs.getString("province_code"), rs.getString("commune"), rs.getString("priority_group"),
                        AgeBand.valueOf(rs.getString("age_band")), Rows.date(rs, "day", ctx),
                        CoverageMetric.valueOf(rs.getString("metric"))), rs.getLong("people")))
                .forEach(e -> cells.put(e.getKey(), e.getValue()));
        return cells;
    }

    /** Replaces the whole cube and every person's milestones (a rebuild). */
    public void replaceAll(Handle h, Map<CoverageCell, Long> cells, Map<UUID, List<CoverageCell>> milestones) {
        h.execute("DELETE FROM coverage_counts");
        totals.clear(h);
        h.execute("DELETE FROM coverage_milestones");
        cells.forEach((cell, people) -> add(h, cell, people));
        milestones.forEach((person, list) -> list.forEach(cell -> insertMilestone(h, person, cell)));
    }

    /** The roll-up's totals, for a recount to compare. */
    public Map<CoverageTotals.Key, Long> allTotals(Handle h) {
        return totals.all(h);
    }

    /**
     * People per milestone grouped by one dimension, optionally for one province and a period of days. Whole-period
     * reports by province or commune are read from the roll-up; the others group the cube.
     *
     * @param column the grouping column: province_code, commune, priority_group, age_band or day
     */
    public List<Row> report(Handle h, String column, String seriesCode, String provinceCode, LocalDate from, LocalDate to) {
        if (from == null && to == null && CoverageTotals.answers(column)) {
            return totals.report(h, column, seriesCode, provinceCode);
        }
        StringBuilder sql = new StringBuilder("SELECT " + column + " AS k, metric, SUM(people) AS people FROM coverage_counts WHERE 1 = 1");
        if (seriesCode != null) {
            sql.append(" AND series_code = :series");
        }
        if (provinceCode != null) {
            sql.append(" AND province_code = :province");
        }
        if (from != null) {
            sql.append(" AND day >= :from");
        }
        if (to != null) {
            sql.append(" AND day <= :to");
        }
        sql.append(" GROUP BY " + column + ", metric ORDER BY " + column + ", metric");
        var query = h.createQuery(sql.toString());
        if (seriesCode != null) {
            query.bind("series", seriesCode);
        }
        if (provinceCode != null) {
            query.bind("province", provinceCode);
        }
        if (from != null) {
            query.bind("from", from);
        }
        if (to != null) {
            query.bind("to", to);
        }
        return query.map((rs, ctx) -> new Row(rs.getString("k"), CoverageMetric.valueOf(rs.getString("metric")), rs.getLong("people")))
                .list();
    }

    /** People who reached one milestone within one group of a report. */
    public record Row(String key, CoverageMetric metric, long people) {
    }
}
