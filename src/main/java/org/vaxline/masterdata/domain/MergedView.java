package org.vaxline.masterdata.domain;

import org.vaxline.catalog.domain.Commodity;
import org.vaxline.catalog.domain.Product;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.Province;
import org.vaxline.partner.domain.Partner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** What the master data will be after an import: the stored entries, replaced by the document's where ids match. */
final class MergedView {
    final Map<UUID, Partner> partners;
    final Map<UUID, Product> products;
    final Map<UUID, Commodity> commodities;
    final Map<String, Province> provinces;
    final Map<UUID, Facility> facilities;

    MergedView(MasterDocument stored, MasterDocument doc) {
        partners = overlay(stored.partners(), doc.partners(), Partner::id);
        products = overlay(stored.products(), doc.products(), Product::id);
        commodities = overlay(stored.commodities(), doc.commodities(), Commodity::id);
        provinces = overlay(stored.provinces(), doc.provinces(), Province::code);
        facilities = overlay(stored.facilities(), doc.facilities(), Facility::id);
    }

    private static <K, T> Map<K, T> overlay(List<T> stored, List<T> doc, Function<T, K> key) {
        Map<K, T> merged = new LinkedHashMap<>();
        for (List<T> list : List.of(stored, doc)) {
            list.stream().filter(t -> t != null && key.apply(t) != null).forEach(t -> merged.put(key.apply(t), t));
        }
        return merged;
    }
}
