package org.vaxline.registry.application;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Product;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.PriorDose;
import org.vaxline.registry.domain.Schedule;
import org.vaxline.registry.domain.SchedulePolicy;
import org.vaxline.registry.domain.SeriesRule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Looks up what the schedule policy needs (the regimen of the last dose's product, its series rule) and asks it. */
public final class Schedules {
    private final Catalog catalog;
    private final SeriesRules rules;

    public Schedules(Catalog catalog, SeriesRules rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    /** @param inSeries the doses of one series, at least one */
    public Schedule of(List<Dose> inSeries, LocalDate asOf) {
        Dose last = inSeries.get(inSeries.size() - 1);
        Product product = product(last.productId());
        SeriesRule rule = rules.forProduct(product.code());
        // the series as recorded on the doses wins over a rule changed since
        SeriesRule asRecorded = new SeriesRule(rule.productCode(), last.seriesCode(), rule.boosterMinIntervalDays());
        return SchedulePolicy.of(priors(inSeries), product.regimen(), asRecorded, asOf);
    }

    public Product product(UUID productId) {
        return catalog.product(productId).orElseThrow(() -> VaxlineException.notFound("product", productId));
    }

    public static List<PriorDose> priors(List<Dose> doses) {
        return doses.stream().map(d -> new PriorDose(d.givenOn(), d.productId(), d.siteId())).toList();
    }
}
