package org.vaxline.coverage.application;

import org.vaxline.coverage.domain.AgeBand;
import org.vaxline.coverage.domain.CoverageMetric;
import org.vaxline.coverage.store.CoverageStore;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.Province;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.store.Store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Coverage reports by province, commune, priority group, age band or day, read from the cube. */
public final class CoverageQueries {
    private static final Map<String, String> COLUMNS = Map.of("province", "province_code", "commune", "commune",
            "group", "priority_group", "age", "age_band", "day", "day");

    private final Store store;
    private final CoverageStore cells;
    private final Facilities facilities;

    public CoverageQueries(Store store, CoverageStore cells, Facilities facilities) {
        this.store = store;
        this.cells = cells;
        this.facilities = facilities;
    }

    public CoverageReport report(String by, String seriesCode, String provinceCode, LocalDate from, LocalDate to) {
        String column = COLUMNS.get(by == null ? "province" : by);
        if (column == null) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "by", "one of province, commune, group, age, day");
        }
        if (provinceCode != null) {
            facilities.province(provinceCode).orElseThrow(() -> VaxlineException.notFound("province", provinceCode));
        }
        String dimension = by == null ? "province" : by;
        List<CoverageStore.Row> rows = store.read(h -> cells.report(h, column, seriesCode, provinceCode, from, to));
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (CoverageStore.Row row : rows) {
            sums.computeIfAbsent(row.key(), k -> new long[CoverageMetric.values().length])[row.metric().ordinal()] += row.people();
        }
        Labels labels = labels(dimension, provinceCode);
        List<CoverageReport.Group> groups = new ArrayList<>();
        sums.forEach((key, n) -> groups.add(group(dimension, key, n, labels)));
        return new CoverageReport(dimension, seriesCode, provinceCode, from, to, groups);
    }

    /**
     * Provinces and communes of a report, read at once from the master-data caches (a report by commune has
     * thousands); one the caches lack (a commune moved since) is asked for alone, through its own cache.
     */
    private record Labels(Map<String, Province> provinces, Map<UUID, String> communes) {
    }

    private Labels labels(String dimension, String provinceCode) {
        Map<String, Province> provinces = new HashMap<>();
        if ("province".equals(dimension)) {
            facilities.provinces(null, Integer.MAX_VALUE).forEach(p -> provinces.put(p.code(), p));
        }
        return new Labels(provinces, "commune".equals(dimension) ? facilities.communeNames(provinceCode) : Map.of());
    }

    private CoverageReport.Group group(String dimension, String key, long[] n, Labels labels) {
        Long population = null;
        String label = key;
        switch (dimension) {
            case "province" -> {
                Province province = labels.provinces().get(key);
                if (province == null) {
                    province = facilities.province(key).orElse(null);
                }
                population = province == null ? null : province.population();
                label = province == null ? key : province.name();
            }
            case "commune" -> label = "-".equals(key) ? "commune not known" : communeName(labels, key);
            case "age" -> label = AgeBand.valueOf(key).label();
            default -> {
            }
        }
        return new CoverageReport.Group(key, label, n[CoverageMetric.FIRST_DOSE.ordinal()], n[CoverageMetric.SECOND_DOSE.ordinal()],
                n[CoverageMetric.COMPLETE_SERIES.ordinal()], n[CoverageMetric.BOOSTER.ordinal()], population,
                percent(n[CoverageMetric.FIRST_DOSE.ordinal()], population), percent(n[CoverageMetric.COMPLETE_SERIES.ordinal()], population));
    }

    private String communeName(Labels labels, String key) {
        UUID commune = UUID.fromString(key);
        String name = labels.communes().get(commune);
        return name != null ? name : facilities.find(commune).map(Facility::name).orElse(key);
    }

    private static BigDecimal percent(long people, Long population) {
        return population == null || population == 0 ? null
                : BigDecimal.valueOf(people * 100).divide(BigDecimal.valueOf(population), 6, RoundingMode.HALF_UP);
    }
}
