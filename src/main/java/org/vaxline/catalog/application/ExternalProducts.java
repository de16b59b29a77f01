package org.vaxline.catalog.application;

import org.vaxline.catalog.domain.Product;
import org.vaxline.catalog.store.ExternalProductStore;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Digests;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * External products: a vaccine a record names by code system and code that the catalog lacks is kept as one, created
 * the first time it is named (the same id from the same system and code, so parallel or repeated imports agree) and
 * marked as external. Its product code is readable: a short prefix for well-known systems ({@code CVX-140}), else a
 * hash of the system.
 */
public final class ExternalProducts {
    private static final Map<String, String> PREFIXES = Map.of(
            "http://hl7.org/fhir/sid/cvx", "CVX",
            "http://snomed.info/sct", "SCT",
            "http://www.whocc.no/atc", "ATC",
            "http://id.who.int/icd/release/11/mms", "ICD11");

    private final Store store;
    private final Clock clock;
    private final ExternalProductStore products;

    public ExternalProducts(Store store, Clock clock, ExternalProductStore products) {
        this.store = store;
        this.clock = clock;
        this.products = products;
    }

    /** The external product a record's coding names, created (by whoever imports it) when first named. */
    public Product obtain(Actor actor, String system, String code, String display) {
        if (system == null || system.isBlank() || code == null || code.isBlank()) {
            throw VaxlineException.field(PlatformError.VALIDATION_FAILED, "vaccineCode",
                    "an external product needs a code system and a code");
        }
        return store.inTransaction(h -> {
            Optional<Product> known = products.bySystemCode(h, system, code);
            if (known.isPresent()) {
                return known.get();
            }
            Product created = Product.external(Ids.fromName("external-product:" + system + "|" + code), codeOf(system, code),
                    system, code, display == null || display.isBlank() ? null : display.strip());
            products.insert(h, created, system, code, clock.instant(), actor.name());
            return products.bySystemCode(h, system, code).orElseThrow();
        });
    }

    public Optional<Product> find(String system, String code) {
        return store.read(h -> products.bySystemCode(h, system, code));
    }

    public List<Product> all() {
        return store.read(products::all);
    }

    static String codeOf(String system, String code) {
        String prefix = PREFIXES.get(system.toLowerCase(Locale.ROOT));
        if (prefix == null) {
            byte[] hash = Digests.sha256(system.getBytes(StandardCharsets.UTF_8));
            prefix = "EXT-" + HexFormat.of().formatHex(hash, 0, 4);
        }
        return prefix + "-" + code;
    }
}
