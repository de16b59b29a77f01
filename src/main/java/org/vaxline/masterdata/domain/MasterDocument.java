package org.vaxline.masterdata.domain;

import org.vaxline.catalog.domain.Commodity;
import org.vaxline.catalog.domain.Product;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.Province;
import org.vaxline.partner.domain.Partner;

import java.util.List;

/** All master data as one document, the unit of import and export; a missing section is empty. */
public record MasterDocument(List<Partner> partners, List<Product> products, List<Commodity> commodities,
                             List<Province> provinces, List<Facility> facilities) {
    public MasterDocument {
        partners = partners == null ? List.of() : List.copyOf(partners);
        products = products == null ? List.of() : List.copyOf(products);
        commodities = commodities == null ? List.of() : List.copyOf(commodities);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        facilities = facilities == null ? List.of() : List.copyOf(facilities);
    }

    public static MasterDocument empty() {
        return new MasterDocument(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
