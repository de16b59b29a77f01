package org.vaxline.dhis2.domain;

import org.vaxline.platform.error.VaxlineException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the registry's figures become a ministry's DHIS2 data: each metric's data element (and, where the ministry
 * breaks it down, a category option combo per series or product), and each province's organisation unit.
 *
 * @param dataSet  the ministry's data set UID, or null (ADX needs one)
 * @param elements one per metric, every metric present
 * @param orgUnits province code → organisation unit UID
 */
public record Dhis2Mapping(String dataSet, Map<Metric, Element> elements, Map<String, String> orgUnits) {

    /**
     * @param categoryOptionCombos series or product code → category option combo UID; empty to report the metric as
     *                             one total per province
     */
    public record Element(String dataElement, Map<String, String> categoryOptionCombos) {
        public Element {
            categoryOptionCombos = categoryOptionCombos == null ? Map.of() : Map.copyOf(categoryOptionCombos);
        }

        public boolean disaggregated() {
            return !categoryOptionCombos.isEmpty();
        }
    }

    public Dhis2Mapping {
        elements = Map.copyOf(new EnumMap<>(elements));
        orgUnits = Map.copyOf(orgUnits);
    }

    /**
     * The data values of a period's figures: totals summed per province where the element is not broken down.
     * Every figure must find its org unit and category option combo; otherwise nothing is answered and the error
     * names every gap at once.
     */
    public DataValueSet dataValues(ReportingPeriod period, List<Figure> figures) {
        Set<String> missing = new LinkedHashSet<>();
        Map<List<String>, Long> sums = new LinkedHashMap<>();
        List<Figure> ordered = new ArrayList<>(figures);
        ordered.sort(Comparator.comparing(Figure::metric).thenComparing(Figure::provinceCode).thenComparing(Figure::key));
        for (Figure f : ordered) {
            Element element = elements.get(f.metric());
            if (element == null) {
                missing.add("data element for " + f.metric());
                continue;
            }
            String orgUnit = orgUnits.get(f.provinceCode());
            if (orgUnit == null) {
                missing.add("org unit for province " + f.provinceCode());
            }
            String combo = element.disaggregated() ? element.categoryOptionCombos().get(f.key()) : null;
            if (element.disaggregated() && combo == null) {
                missing.add("category option combo of " + f.metric() + " for " + f.metric().breakdown().name().toLowerCase() + " " + f.key());
            }
            if (!missing.isEmpty()) {
                continue; // nothing is answered; keep collecting every gap
            }
            sums.merge(java.util.Arrays.asList(element.dataElement(), orgUnit, combo), f.value(), Long::sum);
        }
        if (!missing.isEmpty()) {
            throw new VaxlineException(Dhis2Error.DHIS2_MAPPING_MISSING, "the mapping has no " + String.join("; no ", missing),
                    Map.of(), Map.of("missing", List.copyOf(missing)));
        }
        List<DataValue> values = new ArrayList<>();
        sums.forEach((k, v) -> {
            if (v != 0) {
                values.add(new DataValue(k.get(0), period.code(), k.get(1), k.get(2), Long.toString(v)));
            }
        });
        return new DataValueSet(dataSet, period.code(), period.adxPeriod(), values);
    }
}
