package org.vaxline.masterdata.demo;

import org.vaxline.catalog.domain.AgeRange;
import org.vaxline.catalog.domain.Commodity;
import org.vaxline.catalog.domain.OpenVialPolicy;
import org.vaxline.catalog.domain.Product;
import org.vaxline.catalog.domain.ProductCode;
import org.vaxline.catalog.domain.RegimenDose;
import org.vaxline.facility.domain.Province;
import org.vaxline.facility.domain.ProvinceKind;
import org.vaxline.masterdata.domain.MasterDocument;
import org.vaxline.partner.domain.Partner;
import org.vaxline.partner.domain.PartnerKind;
import org.vaxline.platform.id.Ids;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo scenario's master data (Vietnam–Cuba 2021): Abdala, rice, the partners, Vietnam's 34 provinces and a
 * cold chain down to illustrative sites. Ids are derived from codes, so loading it twice changes nothing.
 */
public final class DemoMasterData {
    public static final String ABDALA = "ABDALA";
    public static final String RICE = "RICE";
    /** An illustrative GTIN-14 for Abdala vials: no real one was available. */
    public static final String ABDALA_GTIN = "08501234000016";
    public static final String CUBA = "CUBA";
    public static final String VIETNAM = "VIETNAM";
    public static final String CIGB = "CIGB";
    public static final String NATIONAL_STORE = DemoFacilities.NATIONAL_STORE;
    private static final String PROVINCES_CSV = "/demo/vn-provinces-2025.csv";

    private DemoMasterData() {
    }

    /** The whole demo document, ready for {@code MasterData.importDocument}. */
    public static MasterDocument document() {
        List<Province> provinces = provinces();
        return new MasterDocument(partners(), List.of(abdala()), List.of(rice()), provinces, DemoFacilities.build(provinces));
    }

    public static java.util.UUID partnerId(String code) {
        return Ids.fromName("partner:" + code);
    }

    public static java.util.UUID facilityId(String code) {
        return DemoFacilities.id(code);
    }

    static List<Partner> partners() {
        return List.of(
                partner(CUBA, "Republic of Cuba", PartnerKind.COUNTRY, "CU"),
                partner(VIETNAM, "Socialist Republic of Viet Nam", PartnerKind.COUNTRY, "VN"),
                partner(CIGB, "Center for Genetic Engineering and Biotechnology (CIGB), Havana", PartnerKind.MANUFACTURER, "CU"),
                partner("BIOCUBAFARMA", "BioCubaFarma", PartnerKind.MANUFACTURER, "CU"),
                partner("MOH-VN", "Ministry of Health of Viet Nam (Bộ Y tế)", PartnerKind.MINISTRY, "VN"),
                partner("CZECH-REPUBLIC", "Czech Republic", PartnerKind.COUNTRY, "CZ"),
                partner("COVAX", "COVAX Facility", PartnerKind.INTERNATIONAL_ORGANISATION, null));
    }

    private static Partner partner(String code, String name, PartnerKind kind, String country) {
        return new Partner(partnerId(code), code, name, kind, country);
    }

    static Product abdala() {
        return new Product(Ids.fromName("product:" + ABDALA), ABDALA, "Abdala (CIGB-66)", partnerId(CIGB),
                "protein subunit (RBD), intramuscular", 0.5, 10,
                List.of(new RegimenDose(1, 0, 0), new RegimenDose(2, 14, 14), new RegimenDose(3, 14, 14)),
                2, 8, 6, 30, OpenVialPolicy.discardAfterHours(6),
                List.of(new ProductCode("SNOMED", "33391000087109"), new ProductCode("ICD-11", "XM5JC5"),
                        new ProductCode("EU-DCC-MP", "Abdala"), new ProductCode("EU-DCC-MA", "CIGB"),
                        new ProductCode("EU-DCC-VP", "28531000087107"), new ProductCode("EU-DCC-TG", "840539006")),
                List.of(ABDALA_GTIN),
                "0.5 mL = 50 µg; do not freeze. Doses at day 0, 14, 28. Shelf life extended to 9 months by Vietnam's "
                        + "Drug Administration on 2022-02-23. The open-vial policy and the GTIN (under Cuba's GS1 prefix 850) are illustrative. "
                        + "Eligible from age 2: Cuba's regulator CECMED authorised emergency use in adults on 2021-07-09, in ages 12-18 "
                        + "in October 2021 and in ages 2-11 on 2021-10-27 (as reported by CIGB and the Cuban press); no upper age.",
                // From the second birthday, no upper bound: the authorisations above (2-11, 12-18 and adults) together.
                new AgeRange(2, null));
    }

    static Commodity rice() {
        return new Commodity(Ids.fromName("commodity:" + RICE), RICE, "Rice", "t");
    }

    /** Vietnam's 34 province-level units, read from the CSV shipped with the application. */
    static List<Province> provinces() {
        return CsvRecords.parse(resource(PROVINCES_CSV)).stream().map(DemoMasterData::province).toList();
    }

    private static Province province(Map<String, String> row) {
        String institute = DemoFacilities.INSTITUTES.get(row.get("regional_institute"))[0];
        String note = row.get("population_note");
        return new Province(row.get("code"), row.get("name"), ProvinceKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)),
                Long.parseLong(row.get("population")), note.isBlank() ? null : note,
                Arrays.asList(row.get("old_gso_codes").split(";")), institute);
    }

    private static String resource(String name) {
        try (InputStream in = DemoMasterData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
