package org.vaxline.masterdata.domain;

import org.vaxline.catalog.domain.CommodityRules;
import org.vaxline.catalog.domain.ProductRules;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityRules;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.facility.domain.Province;
import org.vaxline.facility.domain.ProvinceRules;
import org.vaxline.partner.domain.PartnerRules;
import org.vaxline.platform.error.Violations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks a whole document against itself and what is already stored, naming every fault by its JSON path,
 * before anything is written. References resolve against the stored data overlaid with the document.
 */
public final class MasterDocumentRules {
    private MasterDocumentRules() {
    }

    public static Violations check(MasterDocument doc, MasterDocument stored) {
        Violations v = new Violations();
        MergedView merged = new MergedView(stored, doc);
        eachEntry(doc.partners(), "partners", v, (p, at) -> PartnerRules.check(p, at, v));
        eachEntry(doc.commodities(), "commodities", v, (c, at) -> CommodityRules.check(c, at, v));
        eachEntry(doc.provinces(), "provinces", v, (p, at) -> checkProvince(p, at, merged, v));
        eachEntry(doc.products(), "products", v, (p, at) -> {
            ProductRules.check(p, at, v);
            v.check(p.makerId() == null || merged.partners.containsKey(p.makerId()), at + ".makerId",
                    "no partner has id " + p.makerId());
        });
        eachEntry(doc.facilities(), "facilities", v, (f, at) -> FacilityRules.check(f,
                f.parentId() == null ? null : merged.facilities.get(f.parentId()),
                f.provinceCode() != null && merged.provinces.containsKey(f.provinceCode()), at, v));
        unique(doc.partners(), "partners", "id", p -> p.id(), v);
        unique(doc.products(), "products", "id", p -> p.id(), v);
        unique(doc.commodities(), "commodities", "id", c -> c.id(), v);
        unique(doc.provinces(), "provinces", "code", Province::code, v);
        unique(doc.facilities(), "facilities", "id", Facility::id, v);
        codesFree(doc.partners(), "partners", merged.partners.values(), p -> p.id(), p -> p.code(), v);
        codesFree(doc.products(), "products", merged.products.values(), p -> p.id(), p -> p.code(), v);
        codesFree(doc.commodities(), "commodities", merged.commodities.values(), c -> c.id(), c -> c.code(), v);
        codesFree(doc.facilities(), "facilities", merged.facilities.values(), Facility::id, Facility::code, v);
        oneNationalStore(doc, merged, v);
        return v;
    }

    private static void checkProvince(Province p, String at, MergedView merged, Violations v) {
        ProvinceRules.check(p, at, v);
        if (p.regionalInstituteCode() != null) {
            Facility institute = merged.facilities.values().stream()
                    .filter(f -> p.regionalInstituteCode().equals(f.code())).findFirst().orElse(null);
            v.check(institute != null && institute.type() == FacilityType.REGIONAL_INSTITUTE, at + ".regionalInstituteCode",
                    "no REGIONAL_INSTITUTE facility has code " + p.regionalInstituteCode());
        }
        for (int i = 0; i < p.oldGsoCodes().size(); i++) {
            String old = p.oldGsoCodes().get(i);
            for (Province other : merged.provinces.values()) {
                if (!other.code().equals(p.code()) && other.oldGsoCodes().contains(old)) {
                    v.add(at + ".oldGsoCodes[" + i + "]", old + " already belongs to province " + other.code());
                }
            }
        }
    }

    /** Each key at most once within one section of the document. */
    private static <T> void unique(List<T> entries, String section, String field, Function<T, Object> key, Violations v) {
        Map<Object, Integer> first = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Object k = key.apply(entries.get(i));
            Integer earlier = k == null ? null : first.putIfAbsent(k, i);
            v.check(earlier == null, section + "[" + i + "]." + field, "also at " + section + "[" + earlier + "]");
        }
    }

    /** A code names one thing: no other id, stored or in the document, may carry it. */
    private static <T> void codesFree(List<T> entries, String section, java.util.Collection<T> merged,
                                      Function<T, Object> id, Function<T, String> code, Violations v) {
        Map<String, Long> uses = new HashMap<>();
        merged.forEach(t -> uses.merge(code.apply(t), 1L, Long::sum));
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            if (code.apply(entry) != null && id.apply(entry) != null && uses.getOrDefault(code.apply(entry), 0L) > 1) {
                v.add(section + "[" + i + "].code", code.apply(entry) + " is used by another entry");
            }
        }
    }

    private static void oneNationalStore(MasterDocument doc, MergedView merged, Violations v) {
        long stores = merged.facilities.values().stream().filter(f -> f.type() == FacilityType.NATIONAL_STORE).count();
        for (int i = 0; i < doc.facilities().size() && stores > 1; i++) {
            v.check(doc.facilities().get(i).type() != FacilityType.NATIONAL_STORE, "facilities[" + i + "].type",
                    "there is only one NATIONAL_STORE");
        }
    }

    private static <T> void eachEntry(List<T> entries, String section, Violations v,
                                      java.util.function.BiConsumer<T, String> check) {
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            if (entry == null) {
                v.add(section + "[" + i + "]", "must not be null");
            } else {
                check.accept(entry, section + "[" + i + "]");
            }
        }
    }
}
