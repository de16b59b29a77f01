package org.vaxline.web;

import org.vaxline.coverage.application.CoverageQueries;
import org.vaxline.coverage.application.CoverageReport;
import org.vaxline.coverage.application.CoverageTargets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage pages: the coverage module's report (the API's {@code /coverage}) beside the target populations
 * managers set, with the share of each target reached.
 */
final class CoverageView {
    /** @param key the province or group code, {@code ALL} for a whole province */
    record Row(String key, CoverageReport.Group group, CoverageTargets.Target target, BigDecimal firstOfTarget,
               BigDecimal completeOfTarget) {
        public boolean whole() {
            return CoverageTargets.ALL.equals(key);
        }
    }

    private final CoverageQueries coverage;
    private final CoverageTargets targets;

    CoverageView(CoverageQueries coverage, CoverageTargets targets) {
        this.coverage = coverage;
        this.targets = targets;
    }

    /** Every province, against its whole-province target. */
    Map<String, Object> national() {
        CoverageReport report = coverage.report("province", null, null, null, null);
        Map<String, CoverageTargets.Target> whole = new HashMap<>();
        targets.list(null).stream().filter(t -> t.groupCode().equals(CoverageTargets.ALL)).forEach(t -> whole.put(t.provinceCode(), t));
        List<Row> rows = new ArrayList<>();
        for (CoverageReport.Group g : report.groups()) {
            rows.add(row(g.key(), g, whole.get(g.key())));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("report", report);
        page.put("rows", rows);
        page.put("days", lastDays(coverage.report("day", null, null, null, null), 14));
        page.put("daysChart", daysChart(page.get("days")));
        return page;
    }

    /** One province by priority group, each against its target, and the whole province against its own. */
    Map<String, Object> province(String code) {
        CoverageReport byGroup = coverage.report("group", null, code, null, null);
        CoverageReport whole = coverage.report("province", null, code, null, null);
        Map<String, CoverageTargets.Target> set = new HashMap<>();
        targets.list(code).forEach(t -> set.put(t.groupCode(), t));
        List<Row> rows = new ArrayList<>();
        if (!whole.groups().isEmpty()) {
            rows.add(row(CoverageTargets.ALL, whole.groups().get(0), set.get(CoverageTargets.ALL)));
        }
        for (CoverageReport.Group g : byGroup.groups()) {
            rows.add(row(g.key(), g, set.get(g.key())));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("rows", rows);
        page.put("byAge", coverage.report("age", null, code, null, null).groups());
        page.put("days", lastDays(coverage.report("day", null, code, null, null), 14));
        page.put("daysChart", daysChart(page.get("days")));
        return page;
    }

    /** The latest days of a by-day report, newest first; each day's key is its date. */
    static List<Map<String, Object>> lastDays(CoverageReport byDay, int days) {
        List<CoverageReport.Group> groups = byDay.groups();
        List<Map<String, Object>> last = new ArrayList<>();
        for (int i = groups.size() - 1; i >= 0 && last.size() < days; i--) {
            CoverageReport.Group g = groups.get(i);
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("day", java.time.LocalDate.parse(g.key()));
            day.put("group", g);
            last.add(day);
        }
        return last;
    }

    /** The chart's data for the latest days, oldest first: ISO days and each milestone's figures (numbers only). */
    @SuppressWarnings("unchecked")
    static String daysChart(Object latestFirst) {
        List<Map<String, Object>> days = new ArrayList<>((List<Map<String, Object>>) latestFirst);
        java.util.Collections.reverse(days);
        StringBuilder d = new StringBuilder("{\"days\":[");
        StringBuilder first = new StringBuilder(), second = new StringBuilder(), complete = new StringBuilder(), booster = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            String sep = i == 0 ? "" : ",";
            CoverageReport.Group g = (CoverageReport.Group) days.get(i).get("group");
            d.append(sep).append('"').append(days.get(i).get("day")).append('"');
            first.append(sep).append(g.firstDose());
            second.append(sep).append(g.secondDose());
            complete.append(sep).append(g.completeSeries());
            booster.append(sep).append(g.booster());
        }
        return d.append("],\"first\":[").append(first).append("],\"second\":[").append(second)
                .append("],\"complete\":[").append(complete).append("],\"booster\":[").append(booster).append("]}").toString();
    }

    private static Row row(String key, CoverageReport.Group g, CoverageTargets.Target target) {
        return new Row(key, g, target, percent(g.firstDose(), target), percent(g.completeSeries(), target));
    }

    static BigDecimal percent(long people, CoverageTargets.Target target) {
        if (target == null || target.population() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(people).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(target.population()), 1, RoundingMode.HALF_UP);
    }
}
