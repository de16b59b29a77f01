package org.vaxline.coverage.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.coverage.domain.CoverageCell;
import org.vaxline.coverage.domain.CoverageMetric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage cube rolled up over days, priority groups and age bands: people per series, province, commune and
 * milestone. The database moves it with every change to a cell of the cube, in the same statement (triggers, V51),
 * so that whole-period reports by province or commune read a few rows per commune, however many days the campaign has.
 */
public final class CoverageTotals {
    /** The dimensions a whole-period report can be grouped by from the roll-up. */
    public static boolean answers(String column) {
        return "province_code".equals(column) || "commune".equals(column);
    }

    /** Empties the roll-up, for a rebuild that adds every cell again (its triggers take the per-province totals to zero). */
    public void clear(Handle h) {
        h.execute("DELETE FROM coverage_totals");
    }

    /** Every total, for a recount to compare. */
    public Map<Key, Long> all(Handle h) {
        Map<Key, Long> totals = new HashMap<>();
        h.createQuery("SELECT * FROM coverage_totals").map((rs, ctx) -> Map.entry(new Key(rs.getString("series_code"),
                        rs.getString("province_code"), rs.getString("commune"), CoverageMetric.valueOf(rs.getString("metric"))),
                        rs.getLong("people")))
                .forEach(e -> totals.put(e.getKey(), e.getValue()));
        return totals;
    }

    /** The totals the given cube adds up to. */
    public static Map<Key, Long> of(Map<CoverageCell, Long> cube) {
        Map<Key, Long> totals = new HashMap<>();
        cube.forEach((cell, people) -> {
            if (people > 0) {
                totals.merge(Key.of(cell), people, Long::sum);
            }
        });
        return totals;
    }

    /**
     * People per milestone grouped by province or commune over the whole campaign, optionally of one series or one
     * province.
     *
     * @param column province_code or commune (see {@link #answers})
     */
    public List<CoverageStore.Row> report(Handle h, String column, String seriesCode, String provinceCode) {
        if (!answers(column)) {
            throw new IllegalArgumentException("coverage totals are not kept by " + column);
        }
        // by province from the per-province roll-up its triggers keep (V59): 34 provinces' rows, not every commune's
        String table = "province_code".equals(column) ? "coverage_province_totals" : "coverage_totals";
        StringBuilder sql = new StringBuilder("SELECT " + column + " AS k, metric, SUM(people) AS people FROM " + table + " WHERE 1 = 1");
        if (seriesCode != null) {
            sql.append(" AND series_code = :series");
        }
        if (provinceCode != null) {
            sql.append(" AND province_code = :province");
        }
        sql.append(" GROUP BY " + column + ", metric HAVING SUM(people) > 0 ORDER BY " + column + ", metric");
        var query = h.createQuery(sql.toString());
        if (seriesCode != null) {
            query.bind("series", seriesCode);
        }
        if (provinceCode != null) {
            query.bind("province", provinceCode);
        }
        return query.map((rs, ctx) -> new CoverageStore.Row(rs.getString("k"), CoverageMetric.valueOf(rs.getString("metric")),
                rs.getLong("people"))).list();
    }

    /** One total's key. */
    public record Key(String seriesCode, String provinceCode, String commune, CoverageMetric metric) {
        static Key of(CoverageCell cell) {
            return new Key(cell.seriesCode(), cell.provinceCode(), cell.commune(), cell.metric());
        }
    }
}
