package org.vaxline.registryimport.application;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Product;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.lot.application.LotQueries;
import org.vaxline.platform.error.VaxlineException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The products, lots and sites one run of a doses file names, each looked up once. */
final class DoseReferences {
    private final Catalog catalog;
    private final LotQueries lots;
    private final Facilities facilities;
    private final Map<String, Optional<UUID>> products = new HashMap<>();
    private final Map<String, Optional<UUID>> lotIds = new HashMap<>();
    private final Map<String, Optional<UUID>> sites = new HashMap<>();

    DoseReferences(Catalog catalog, LotQueries lots, Facilities facilities) {
        this.catalog = catalog;
        this.lots = lots;
        this.facilities = facilities;
    }

    Optional<UUID> product(String code) {
        return products.computeIfAbsent(code, c -> catalog.productByCode(c).map(Product::id));
    }

    Optional<UUID> lot(String productCode, String number) {
        return lotIds.computeIfAbsent(productCode + "\n" + number, key -> {
            try {
                return Optional.of(lots.resolve(number, productCode).id());
            } catch (VaxlineException notFound) {
                return Optional.empty();
            }
        });
    }

    Optional<UUID> site(String code) {
        return sites.computeIfAbsent(code, c -> facilities.byCode(c).map(Facility::id));
    }
}
