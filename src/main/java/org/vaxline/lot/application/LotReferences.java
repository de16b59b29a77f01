package org.vaxline.lot.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the lot feature needs of master data: products (their GTINs) and facilities (their province, for who may hold
 * a lot there). {@code LotModule} answers it from the catalogue and facility features.
 */
public interface LotReferences {
    Optional<ProductRef> product(UUID productId);

    Optional<ProductRef> productByCode(String code);

    Optional<FacilityRef> facility(UUID facilityId);

    /** @param gtins the GTINs printed on the product's packs; empty when the catalogue lists none */
    record ProductRef(UUID id, String code, List<String> gtins) {
        public ProductRef {
            gtins = gtins == null ? List.of() : List.copyOf(gtins);
        }
    }

    /** @param provinceCode null for a facility above province level (the national store) */
    record FacilityRef(UUID id, String provinceCode) {
    }
}
