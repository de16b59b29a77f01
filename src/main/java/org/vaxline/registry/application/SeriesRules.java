package org.vaxline.registry.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.domain.RegistryError;
import org.vaxline.registry.domain.SeriesRule;
import org.vaxline.registry.store.SeriesRuleStore;

import java.time.Clock;
import java.util.List;

/** Reads the series rules and lets the national programme replace one product's rule. */
public final class SeriesRules {
    private final Store store;
    private final Clock clock;
    private final SeriesRuleStore rules;

    public SeriesRules(Store store, Clock clock, SeriesRuleStore rules) {
        this.store = store;
        this.clock = clock;
        this.rules = rules;
    }

    public List<SeriesRule> all() {
        return store.read(rules::all);
    }

    /** The rule of a product, or a series of its own when it has none. */
    public SeriesRule forProduct(Handle h, String productCode) {
        return rules.find(h, productCode).orElseGet(() -> SeriesRule.ownSeries(productCode));
    }

    public SeriesRule forProduct(String productCode) {
        return store.read(h -> forProduct(h, productCode));
    }

    public SeriesRule put(Actor actor, SeriesRule rule) {
        actor.requireNational("change series rules");
        new Violations()
                .check(rule.productCode() != null && !rule.productCode().isBlank(), "productCode", "is required")
                .check(rule.seriesCode() != null && !rule.seriesCode().isBlank(), "seriesCode", "is required")
                .check(rule.boosterMinIntervalDays() == null || rule.boosterMinIntervalDays() >= 0, "boosterMinIntervalDays",
                        "must not be negative")
                .throwIfAny(RegistryError.SERIES_RULE_INVALID);
        SeriesRule clean = new SeriesRule(rule.productCode().trim(), rule.seriesCode().trim(), rule.boosterMinIntervalDays());
        store.inTransaction(h -> {
            rules.put(h, clean, clock.instant(), actor.name());
            return null;
        });
        return clean;
    }
}
