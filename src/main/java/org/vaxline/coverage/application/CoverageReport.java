package org.vaxline.coverage.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * People who reached each milestone of a series, grouped by one dimension.
 *
 * @param population for a report by province, the province's population, and the share of it with each milestone
 */
public record CoverageReport(String by, String seriesCode, String provinceCode, LocalDate from, LocalDate to,
                             List<Group> groups) {

    public record Group(String key, String label, long firstDose, long secondDose, long completeSeries, long booster,
                        Long population, BigDecimal firstDosePercent, BigDecimal completeSeriesPercent) {
    }
}
