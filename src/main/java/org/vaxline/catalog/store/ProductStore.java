package org.vaxline.catalog.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vaxline.catalog.domain.AgeRange;
import org.vaxline.catalog.domain.OpenVialKind;
import org.vaxline.catalog.domain.OpenVialPolicy;
import org.vaxline.catalog.domain.Product;
import org.vaxline.catalog.domain.ProductCode;
import org.vaxline.catalog.domain.RegimenDose;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Products in SQL: a product row and child rows for its regimen, codes and GTINs (no JSON blobs). */
public final class ProductStore {
    private static final String COLUMNS = """
            SELECT id, code, name, maker_id, form, dose_volume_ml, doses_per_vial, storage_min_c, storage_max_c,
                   shelf_life_months, expiry_warning_days, open_vial_kind, open_vial_hours, note, min_age_years,
                   max_age_years FROM product\s""";

    // children are filled in afterwards by withChildren
    private static final RowMapper<Product> ROW = (rs, ctx) -> {
        var uuid = ctx.findColumnMapperFor(UUID.class).orElseThrow();
        int hours = rs.getInt("open_vial_hours");
        Integer openHours = rs.wasNull() ? null : hours;
        int warning = rs.getInt("expiry_warning_days");
        Integer warningDays = rs.wasNull() ? null : warning;
        int min = rs.getInt("min_age_years");
        Integer minAge = rs.wasNull() ? null : min;
        int max = rs.getInt("max_age_years");
        Integer maxAge = rs.wasNull() ? null : max;
        return new Product(uuid.map(rs, "id", ctx), rs.getString("code"), rs.getString("name"),
                uuid.map(rs, "maker_id", ctx), rs.getString("form"), rs.getDouble("dose_volume_ml"),
                rs.getInt("doses_per_vial"), List.of(), rs.getDouble("storage_min_c"), rs.getDouble("storage_max_c"),
                rs.getInt("shelf_life_months"), warningDays, new OpenVialPolicy(OpenVialKind.valueOf(rs.getString("open_vial_kind")), openHours),
                List.of(), List.of(), rs.getString("note"), new AgeRange(minAge, maxAge));
    };

    /** Products change rarely and every dose asks for one: kept in a cache, forgotten on {@link #upsert}. */
    private final org.vaxline.platform.store.MasterDataCache<UUID, Product> byId = new org.vaxline.platform.store.MasterDataCache<>();

    public Optional<Product> find(Handle h, UUID id) {
        return byId.get(h, id, handle -> read(handle, id));
    }

    private Optional<Product> read(Handle h, UUID id) {
        return h.createQuery(COLUMNS + "WHERE id = :id").bind("id", id).map(ROW).findOne().map(p -> withChildren(h, p));
    }

    public Optional<Product> byCode(Handle h, String code) {
        return h.createQuery(COLUMNS + "WHERE code = :code").bind("code", code).map(ROW).findOne().map(p -> withChildren(h, p));
    }

    /** Products in code order after {@code after}; products are few, so children are read product by product. */
    public List<Product> page(Handle h, String after, int limit) {
        return h.createQuery(COLUMNS + "WHERE code > :after ORDER BY code LIMIT :limit")
                .bind("after", after == null ? "" : after).bind("limit", limit).map(ROW)
                .list().stream().map(p -> withChildren(h, p)).toList();
    }

    public List<Product> all(Handle h) {
        return h.createQuery(COLUMNS + "ORDER BY code").map(ROW).list().stream().map(p -> withChildren(h, p)).toList();
    }

    private Product withChildren(Handle h, Product p) {
        List<RegimenDose> regimen = h.createQuery("""
                        SELECT dose_number, min_interval_days, recommended_interval_days FROM product_dose
                        WHERE product_id = :id ORDER BY dose_number""").bind("id", p.id())
                .map((rs, ctx) -> new RegimenDose(rs.getInt(1), rs.getInt(2), rs.getInt(3))).list();
        List<ProductCode> codes = h.createQuery("SELECT system, code FROM product_code WHERE product_id = :id ORDER BY position")
                .bind("id", p.id()).map((rs, ctx) -> new ProductCode(rs.getString(1), rs.getString(2))).list();
        List<String> gtins = h.createQuery("SELECT gtin FROM product_gtin WHERE product_id = :id ORDER BY position")
                .bind("id", p.id()).mapTo(String.class).list();
        return new Product(p.id(), p.code(), p.name(), p.makerId(), p.form(), p.doseVolumeMl(), p.dosesPerVial(), regimen,
                p.storageMinC(), p.storageMaxC(), p.shelfLifeMonths(), p.expiryWarningDays(), p.openVialPolicy(), codes, gtins, p.note(),
                p.eligibleAge());
    }

    /** Writes the product row and replaces its child rows. */
    public void upsert(Handle h, Product p) {
        byId.changed(h);
        h.createUpdate("""
                        INSERT INTO product (id, code, name, maker_id, form, dose_volume_ml, doses_per_vial, storage_min_c,
                            storage_max_c, shelf_life_months, expiry_warning_days, open_vial_kind, open_vial_hours, note, min_age_years,
                            max_age_years)
                        VALUES (:id, :code, :name, :maker, :form, :volume, :perVial, :min, :max, :shelf, :warning, :openKind, :openHours, :note,
                            :minAge, :maxAge)
                        ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, maker_id = excluded.maker_id,
                            form = excluded.form, dose_volume_ml = excluded.dose_volume_ml, doses_per_vial = excluded.doses_per_vial,
                            storage_min_c = excluded.storage_min_c, storage_max_c = excluded.storage_max_c,
                            shelf_life_months = excluded.shelf_life_months, expiry_warning_days = excluded.expiry_warning_days, open_vial_kind = excluded.open_vial_kind,
                            open_vial_hours = excluded.open_vial_hours, note = excluded.note,
                            min_age_years = excluded.min_age_years, max_age_years = excluded.max_age_years""")
                .bind("id", p.id()).bind("code", p.code()).bind("name", p.name()).bind("maker", p.makerId())
                .bind("form", p.form()).bind("volume", p.doseVolumeMl()).bind("perVial", p.dosesPerVial())
                .bind("min", p.storageMinC()).bind("max", p.storageMaxC()).bind("shelf", p.shelfLifeMonths())
                .bindByType("warning", p.expiryWarningDays(), Integer.class)
                .bind("openKind", p.openVialPolicy().kind().name())
                .bindByType("openHours", p.openVialPolicy().hours(), Integer.class)
                .bindByType("note", p.note(), String.class)
                .bindByType("minAge", p.eligibleAgeOrAny().minYears(), Integer.class)
                .bindByType("maxAge", p.eligibleAgeOrAny().maxYears(), Integer.class).execute();
        for (String table : List.of("product_dose", "product_code", "product_gtin")) {
            h.createUpdate("DELETE FROM " + table + " WHERE product_id = :id").bind("id", p.id()).execute();
        }
        insertChildren(h, p);
    }

    private void insertChildren(Handle h, Product p) {
        PreparedBatch doses = h.prepareBatch("""
                INSERT INTO product_dose (product_id, dose_number, min_interval_days, recommended_interval_days)
                VALUES (:id, :number, :min, :recommended)""");
        p.regimen().forEach(d -> doses.bind("id", p.id()).bind("number", d.number()).bind("min", d.minIntervalDays())
                .bind("recommended", d.recommendedIntervalDays()).add());
        execute(doses);
        PreparedBatch codes = h.prepareBatch(
                "INSERT INTO product_code (product_id, position, system, code) VALUES (:id, :position, :system, :code)");
        for (int i = 0; i < p.codes().size(); i++) {
            codes.bind("id", p.id()).bind("position", i).bind("system", p.codes().get(i).system())
                    .bind("code", p.codes().get(i).code()).add();
        }
        execute(codes);
        PreparedBatch gtins = h.prepareBatch("INSERT INTO product_gtin (gtin, product_id, position) VALUES (:gtin, :id, :position)");
        for (int i = 0; i < p.gtins().size(); i++) {
            gtins.bind("gtin", p.gtins().get(i)).bind("id", p.id()).bind("position", i).add();
        }
        execute(gtins);
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
