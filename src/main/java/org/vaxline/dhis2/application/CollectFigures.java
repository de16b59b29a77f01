package org.vaxline.dhis2.application;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Product;
import org.vaxline.coverage.application.CoverageQueries;
import org.vaxline.coverage.application.CoverageReport;
import org.vaxline.dhis2.domain.Figure;
import org.vaxline.dhis2.domain.Metric;
import org.vaxline.dhis2.domain.ReportingPeriod;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Province;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.application.DoseSearch;
import org.vaxline.registry.application.SeriesRules;
import org.vaxline.registry.domain.SeriesRule;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.application.StockQueries;
import org.vaxline.stock.application.WastedDoses;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The figures of one period per province, read through the same queries that answer the coverage, stock and dose
 * APIs (so a dashboard and the API never disagree): coverage per series, doses given, stock on hand and wastage per
 * product.
 */
public final class CollectFigures {
    private final Clock clock;
    private final CoverageQueries coverage;
    private final StockQueries stock;
    private final DoseQueries doses;
    private final SeriesRules seriesRules;
    private final Catalog catalog;
    private final Facilities facilities;

    public CollectFigures(Clock clock, CoverageQueries coverage, StockQueries stock, DoseQueries doses, SeriesRules seriesRules,
                          Catalog catalog, Facilities facilities) {
        this.clock = clock;
        this.coverage = coverage;
        this.stock = stock;
        this.doses = doses;
        this.seriesRules = seriesRules;
        this.catalog = catalog;
        this.facilities = facilities;
    }

    public List<Figure> of(ReportingPeriod period) {
        LocalDate today = LocalDate.now(clock);
        if (period.from().isAfter(today)) {
            throw org.vaxline.platform.error.VaxlineException.field(org.vaxline.dhis2.domain.Dhis2Error.DHIS2_PERIOD_INVALID,
                    "period", period.code() + " starts after today (" + today + ")");
        }
        List<Product> products = catalog.products(null, 10_000);
        Map<UUID, String> productCodes = products.stream().collect(Collectors.toMap(Product::id, Product::code));
        List<Figure> figures = new ArrayList<>();
        coverage(period, products, figures);
        List<Province> provinces = facilities.provinces(null, 10_000);
        for (Province province : provinces) {
            for (Product product : products) {
                long given = doses.count(new DoseSearch(null, List.of(product.id()), null, period.from(), period.to(), null,
                        province.code(), false, true));
                figures.add(new Figure(Metric.DOSES_GIVEN, province.code(), product.code(), given));
            }
        }
        // stock is known up to today: a period still running reports today's stock
        LocalDate asOf = period.to().isAfter(today) ? today : period.to();
        for (OnHandReport.Total total : stock.onHand(null, null, null, asOf).provinces()) {
            figures.add(new Figure(Metric.STOCK_ON_HAND, total.scope(), code(productCodes, total.productId()), total.quantity()));
        }
        for (WastedDoses wasted : stock.wasted(period.from(), period.to())) {
            figures.add(new Figure(Metric.WASTAGE, wasted.provinceCode(), code(productCodes, wasted.productId()), wasted.doses()));
        }
        return figures.stream().filter(f -> f.value() != 0).toList();
    }

    /** People who reached each milestone in the period, per series (every series a product belongs to). */
    private void coverage(ReportingPeriod period, List<Product> products, List<Figure> figures) {
        Map<String, String> seriesOfProduct = seriesRules.all().stream()
                .collect(Collectors.toMap(SeriesRule::productCode, SeriesRule::seriesCode, (a, b) -> a));
        TreeSet<String> series = new TreeSet<>();
        // a product without a rule is a series of its own, named by its code
        products.forEach(p -> series.add(seriesOfProduct.getOrDefault(p.code(), p.code())));
        for (String code : series) {
            CoverageReport report = coverage.report("province", code, null, period.from(), period.to());
            for (CoverageReport.Group g : report.groups()) {
                figures.add(new Figure(Metric.COVERAGE_FIRST_DOSE, g.key(), code, g.firstDose()));
                figures.add(new Figure(Metric.COVERAGE_SECOND_DOSE, g.key(), code, g.secondDose()));
                figures.add(new Figure(Metric.COVERAGE_COMPLETE_SERIES, g.key(), code, g.completeSeries()));
                figures.add(new Figure(Metric.COVERAGE_BOOSTER, g.key(), code, g.booster()));
            }
        }
    }

    private static String code(Map<UUID, String> productCodes, UUID productId) {
        return productCodes.getOrDefault(productId, productId.toString());
    }
}
