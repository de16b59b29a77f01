package org.vaxline.registry.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.registry.domain.SeriesRule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The series rules, keyed by product code: configuration data, replaced by the national programme. */
public final class SeriesRuleStore {
    private static final org.jdbi.v3.core.mapper.RowMapper<SeriesRule> ROW = (rs, ctx) -> new SeriesRule(
            rs.getString("product_code"), rs.getString("series_code"),
            org.vaxline.platform.store.Rows.nullableLong(rs, "booster_min_interval_days") == null ? null
                    : rs.getInt("booster_min_interval_days"));

    /** Every dose asks for its product's rule; kept in a cache, forgotten on {@link #put}. */
    private final org.vaxline.platform.store.MasterDataCache<String, SeriesRule> byProduct = new org.vaxline.platform.store.MasterDataCache<>();

    public Optional<SeriesRule> find(Handle h, String productCode) {
        return byProduct.get(h, productCode, handle -> handle.createQuery("SELECT * FROM series_rules WHERE product_code = :code")
                .bind("code", productCode).map(ROW).findOne());
    }

    public List<SeriesRule> all(Handle h) {
        return h.createQuery("SELECT * FROM series_rules ORDER BY product_code").map(ROW).list();
    }

    public void put(Handle h, SeriesRule rule, Instant at, String by) {
        byProduct.changed(h);
        int updated = h.createUpdate("""
                        UPDATE series_rules SET series_code = :series, booster_min_interval_days = :booster,
                            updated_at = :at, updated_by = :by WHERE product_code = :code""")
                .bind("code", rule.productCode()).bind("series", rule.seriesCode())
                .bind("booster", rule.boosterMinIntervalDays()).bind("at", at).bind("by", by).execute();
        if (updated == 0) {
            h.createUpdate("""
                            INSERT INTO series_rules (product_code, series_code, booster_min_interval_days, updated_at, updated_by)
                            VALUES (:code, :series, :booster, :at, :by)""")
                    .bind("code", rule.productCode()).bind("series", rule.seriesCode())
                    .bind("booster", rule.boosterMinIntervalDays()).bind("at", at).bind("by", by).execute();
        }
    }
}
