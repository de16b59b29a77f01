package org.vaxline.web;

import org.vaxline.coverage.application.CoverageQueries;
import org.vaxline.coverage.application.CoverageReport;
import org.vaxline.coverage.application.CoverageTargets;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.application.DosesPerDay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage pages: the coverage module's report (the API's {@code /coverage}) beside the target populations
 * managers set, with the share of each target reached; per day, the doses given beside the people reaching each milestone.
 */
final class CoverageView {
    /** @param key the province or group code, {@code ALL} for a whole province */
    record Row(String key, CoverageReport.Group group, CoverageTargets.Target target, BigDecimal firstOfTarget,
               BigDecimal completeOfTarget) {
        public boolean whole() {
            return CoverageTargets.ALL.equals(key);
        }
    }

    /** Days shown in the per-day table and chart. */
    static final int DAYS = 14;

    private final CoverageQueries coverage;
    private final CoverageTargets targets;
    private final DoseQueries doses;

    CoverageView(CoverageQueries coverage, CoverageTargets targets, DoseQueries doses) {
        this.coverage = coverage;
        this.targets = targets;
        this.doses = doses;
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
        page.put("days", lastDays(null));
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
        page.put("days", lastDays(code));
        page.put("daysChart", daysChart(page.get("days")));
        return page;
    }

    /**
     * The latest days of a province (null: the country). The doses are counted only from the earliest of the latest
     * {@value #DAYS} days with a milestone: every first, second, completing or first booster dose reaches one, so the
     * days before it are not among the latest, and the ledger is read over a few weeks rather than from the start.
     */
    private List<Map<String, Object>> lastDays(String provinceCode) {
        CoverageReport byDay = coverage.report("day", null, provinceCode, null, null);
        List<CoverageReport.Group> groups = byDay.groups();
        java.time.LocalDate from = groups.isEmpty() ? null
                : groups.stream().map(g -> java.time.LocalDate.parse(g.key())).sorted(java.util.Comparator.reverseOrder())
                .limit(DAYS).min(java.util.Comparator.naturalOrder()).orElse(null);
        return lastDays(byDay, doses.perDay(provinceCode, from, null), DAYS);
    }

    /**
     * The latest days with a dose or a milestone, newest first: each day's date, its doses given (the registry's
     * {@code doses-per-day}, as the API answers it) and the people reaching each milestone (coverage's report by day).
     */
    static List<Map<String, Object>> lastDays(CoverageReport byDay, DosesPerDay given, int days) {
        java.util.TreeMap<java.time.LocalDate, CoverageReport.Group> milestones = new java.util.TreeMap<>();
        byDay.groups().forEach(g -> milestones.put(java.time.LocalDate.parse(g.key()), g));
        java.util.TreeMap<java.time.LocalDate, Long> dosesOn = new java.util.TreeMap<>();
        given.days().forEach(d -> dosesOn.put(d.day(), d.doses()));
        java.util.TreeSet<java.time.LocalDate> all = new java.util.TreeSet<>(milestones.keySet());
        all.addAll(dosesOn.keySet());
        List<Map<String, Object>> last = new ArrayList<>();
        for (java.time.LocalDate day : all.descendingSet()) {
            if (last.size() == days) {
                break;
            }
            CoverageReport.Group g = milestones.getOrDefault(day,
                    new CoverageReport.Group(day.toString(), day.toString(), 0, 0, 0, 0, null, null, null));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", day);
            row.put("doses", dosesOn.getOrDefault(day, 0L));
            row.put("group", g);
            last.add(row);
        }
        return last;
    }

    /** The chart's data for the latest days, oldest first: ISO days, doses given and each milestone's people. */
    @SuppressWarnings("unchecked")
    static String daysChart(Object latestFirst) {
        List<Map<String, Object>> days = new ArrayList<>((List<Map<String, Object>>) latestFirst);
        java.util.Collections.reverse(days);
        StringBuilder d = new StringBuilder("{\"days\":[");
        StringBuilder given = new StringBuilder(), first = new StringBuilder(), second = new StringBuilder(),
                complete = new StringBuilder(), booster = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            String sep = i == 0 ? "" : ",";
            CoverageReport.Group g = (CoverageReport.Group) days.get(i).get("group");
            d.append(sep).append('"').append(days.get(i).get("day")).append('"');
            given.append(sep).append(days.get(i).get("doses"));
            first.append(sep).append(g.firstDose());
            second.append(sep).append(g.secondDose());
            complete.append(sep).append(g.completeSeries());
            booster.append(sep).append(g.booster());
        }
        return d.append("],\"doses\":[").append(given).append("],\"first\":[").append(first).append("],\"second\":[").append(second)
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
