package org.vaxline.masterdata.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.catalog.store.CommodityStore;
import org.vaxline.catalog.store.ProductStore;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.store.FacilityStore;
import org.vaxline.facility.store.ProvinceStore;
import org.vaxline.masterdata.domain.ImportResult;
import org.vaxline.masterdata.domain.ImportResult.Counts;
import org.vaxline.masterdata.domain.MasterDataError;
import org.vaxline.masterdata.domain.MasterDocument;
import org.vaxline.masterdata.domain.MasterDocumentRules;
import org.vaxline.partner.store.PartnerStore;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Exports all master data as one document, and imports one: validated whole, then written in one transaction. */
public final class MasterData {
    private final Store store;
    private final PartnerStore partners;
    private final ProductStore products;
    private final CommodityStore commodities;
    private final ProvinceStore provinces;
    private final FacilityStore facilities;

    public MasterData(Store store, PartnerStore partners, ProductStore products, CommodityStore commodities,
                      ProvinceStore provinces, FacilityStore facilities) {
        this.store = store;
        this.partners = partners;
        this.products = products;
        this.commodities = commodities;
        this.provinces = provinces;
        this.facilities = facilities;
    }

    /** Everything, each section in a stable order (facilities parents first), so two exports compare equal. */
    public MasterDocument export() {
        return store.read(this::export);
    }

    private MasterDocument export(Handle h) {
        return new MasterDocument(partners.all(h), products.all(h), commodities.all(h), provinces.all(h), facilities.all(h));
    }

    public ImportResult importJson(Actor actor, String json) {
        actor.requireNational("import master data");
        return importDocument(actor, MasterDocumentJson.read(json));
    }

    /**
     * Upserts every entry by id (provinces by code); nothing is deleted. Every fault is named before anything is
     * written, and the checks run in the writing transaction so they see what it overwrites.
     */
    public ImportResult importDocument(Actor actor, MasterDocument doc) {
        actor.requireNational("import master data");
        return store.inTransaction(h -> {
            MasterDocument stored = export(h);
            MasterDocumentRules.check(doc, stored).throwIfAny(MasterDataError.MASTER_DATA_INVALID);
            // parents before children, so that every foreign key is met as rows arrive
            List<Facility> facilitiesInOrder = doc.facilities().stream()
                    .sorted(Comparator.comparing(Facility::type)).toList();
            return new ImportResult(
                    write(h, doc.partners(), stored.partners(), p -> p.id(), partners::upsert),
                    write(h, doc.products(), stored.products(), p -> p.id(), products::upsert),
                    write(h, doc.commodities(), stored.commodities(), c -> c.id(), commodities::upsert),
                    write(h, doc.provinces(), stored.provinces(), p -> p.code(), provinces::upsert),
                    write(h, facilitiesInOrder, stored.facilities(), Facility::id, facilities::upsert));
        });
    }

    /** Writes only what differs from the stored entry with the same key, and counts what it did. */
    private static <T, K> Counts write(Handle h, List<T> entries, List<T> stored, Function<T, K> key,
                                       BiConsumer<Handle, T> upsert) {
        Map<K, T> before = new HashMap<>();
        stored.forEach(t -> before.put(key.apply(t), t));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (T entry : entries) {
            T old = before.get(key.apply(entry));
            if (entry.equals(old)) {
                unchanged++;
                continue;
            }
            upsert.accept(h, entry);
            if (old == null) {
                created++;
            } else {
                updated++;
            }
        }
        return new Counts(created, updated, unchanged);
    }
}
