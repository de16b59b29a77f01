package org.vaxline.catalog.domain;

import java.util.List;
import java.util.UUID;

/**
 * A vaccine, with every fact the programme acts on kept as data.
 *
 * @param makerId       the manufacturer partner
 * @param form          the platform or form, e.g. "protein subunit (RBD)"
 * @param regimen       the doses in order, each with its intervals from the previous dose
 * @param codes         the product's codes, one per coding system
 * @param gtins         the GS1 trade item numbers printed on its packs
 * @param note          free text (sources, what is illustrative)
 * @param eligibleAge   the ages the product is authorised for, in completed years (null or open bounds: no limit)
 */
public record Product(UUID id, String code, String name, UUID makerId, String form, double doseVolumeMl,
                      int dosesPerVial, List<RegimenDose> regimen, double storageMinC, double storageMaxC,
                      int shelfLifeMonths, Integer expiryWarningDays, OpenVialPolicy openVialPolicy, List<ProductCode> codes, List<String> gtins,
                      String note, AgeRange eligibleAge) {
    public Product {
        regimen = regimen == null ? null : List.copyOf(regimen);
        codes = codes == null ? List.of() : List.copyOf(codes);
        gtins = gtins == null ? List.of() : List.copyOf(gtins);
        eligibleAge = eligibleAge == null || eligibleAge.unbounded() ? null : eligibleAge;
    }

    /** A product without an age range (any age): the shape before products carried one. */
    public Product(UUID id, String code, String name, UUID makerId, String form, double doseVolumeMl, int dosesPerVial,
                   List<RegimenDose> regimen, double storageMinC, double storageMaxC, int shelfLifeMonths,
                   Integer expiryWarningDays, OpenVialPolicy openVialPolicy, List<ProductCode> codes, List<String> gtins,
                   String note) {
        this(id, code, name, makerId, form, doseVolumeMl, dosesPerVial, regimen, storageMinC, storageMaxC, shelfLifeMonths,
                expiryWarningDays, openVialPolicy, codes, gtins, note, null);
    }

    /** The form of an external product: one a record named by code system and code that the catalog lacks. */
    public static final String EXTERNAL_FORM = "external product";

    /**
     * An external product, kept as a record named it (never stocked or given here): no maker, regimen or storage facts,
     * and its one code is the record's.
     */
    public static Product external(UUID id, String code, String system, String systemCode, String display) {
        return new Product(id, code, display == null ? system + "|" + systemCode : display, null, EXTERNAL_FORM, 0, 1, List.of(),
                0, 0, 0, null, null, List.of(new ProductCode(system, systemCode)), List.of(),
                "external product, created when a record named it", null);
    }

    /** Whether this is an external product (see {@link #external}). */
    public boolean outsideCatalog() {
        return EXTERNAL_FORM.equals(form) && makerId == null;
    }

    /** The ages the product may be given at; any age when its data names none. */
    public AgeRange eligibleAgeOrAny() {
        return eligibleAge == null ? AgeRange.ANY : eligibleAge;
    }

    /** Days before expiry from which stock of this product is reported as expiring, when its data does not say. */
    public static final int DEFAULT_EXPIRY_WARNING_DAYS = 30;

    /** The product's own warning period before expiry, or the default. */
    public int expiryWarningDaysOrDefault() {
        return expiryWarningDays == null ? DEFAULT_EXPIRY_WARNING_DAYS : expiryWarningDays;
    }

    public int doseCount() {
        return regimen.size();
    }
}
