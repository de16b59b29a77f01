package org.vaxline.coverage.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.coverage.domain.AgeBand;
import org.vaxline.coverage.domain.CoverageCell;
import org.vaxline.coverage.domain.CoverageMetric;
import org.vaxline.platform.store.Rows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The coverage cube in SQL: one row per cell with the number of people in it. */
public final class CoverageStore {

    /** Adds people to a cell, creating it when it is the first. */
    public void add(Handle h, CoverageCell cell, long people) {
        h.createUpdate("""
                        INSERT INTO coverage_counts (series_code, province_code, commune, priority_group, age_band, day, metric, people)
                        VALUES (:series, :province, :commune, :group, :band, :day, :metric, :people)
                        ON CONFLICT (series_code, province_code, commune, priority_group, age_band, day, metric)
                        DO UPDATE SET people = coverage_counts.people + excluded.people""")
                .bind("series", cell.seriesCode()).bind("province", cell.provinceCode()).bind("commune", cell.commune())
                .bind("group", cell.priorityGroup()).bind("band", cell.ageBand().name()).bind("day", cell.day())
                .bind("metric", cell.metric().name()).bind("people", people)
                .execute();
    }

    public Map<CoverageCell, Long> all(Handle h) {
        Map<CoverageCell, Long> cells = new HashMap<>();
        h.createQuery("SELECT * FROM coverage_counts").map((rs, ctx) -> Map.entry(new CoverageCell(rs.getString("series_code"),
                        rs.getString("province_code"), rs.getString("commune"), rs.getString("priority_group"),
                        AgeBand.valueOf(rs.getString("age_band")), Rows.date(rs, "day", ctx),
                        CoverageMetric.valueOf(rs.getString("metric"))), rs.getLong("people")))
                .forEach(e -> cells.put(e.getKey(), e.getValue()));
        return cells;
    }

    public void replaceAll(Handle h, Map<CoverageCell, Long> cells) {
        h.execute("DELETE FROM coverage_counts");
        cells.forEach((cell, people) -> add(h, cell, people));
    }

    /**
     * People per milestone grouped by one dimension, optionally for one province and a period of days.
     *
     * @param column the grouping column: province_code, commune, priority_group, age_band or day
     */
    public List<Row> report(Handle h, String column, String seriesCode, String provinceCode, LocalDate from, LocalDate to) {
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
