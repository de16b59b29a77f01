package org.vaxline.fhir.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The code systems and identifier systems the facade speaks, and how the catalog's coding-system names map to them.
 * Catalog data names systems shortly ({@code SNOMED}, {@code ICD-11}); FHIR names them by canonical URI.
 */
public final class FhirCodes {
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String ICD11 = "http://id.who.int/icd/release/11/mms";
    public static final String URN = "urn:ietf:rfc:3986";
    /** The catalog's own product codes (ABDALA). */
    public static final String PRODUCT = "https://vaxline.org/fhir/CodeSystem/product";
    /** Viet Nam's 12-digit citizen identity card number (căn cước công dân). */
    public static final String CCCD = "https://vaxline.org/fhir/sid/vn-cccd";
    public static final String PASSPORT = "https://vaxline.org/fhir/sid/passport";
    public static final String OTHER_DOCUMENT = "https://vaxline.org/fhir/sid/other-document";
    public static final String FACILITY_CODE = "https://vaxline.org/fhir/sid/facility-code";
    public static final String PROVINCE_EXTENSION = "https://vaxline.org/fhir/StructureDefinition/province-code";
    public static final String EXTERNAL_PRODUCT_EXTENSION = "https://vaxline.org/fhir/StructureDefinition/external-product";
    public static final String V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public static final String V2_PERFORMER_FUNCTION = "http://terminology.hl7.org/CodeSystem/v2-0443";
    public static final String RECOMMENDATION_STATUS = "http://terminology.hl7.org/CodeSystem/immunization-recommendation-status";
    public static final String IMMUNIZATION_ORIGIN = "http://terminology.hl7.org/CodeSystem/immunization-origin";
    public static final String LOINC = "http://loinc.org";
    public static final String LOINC_EARLIEST = "30981-5";
    public static final String LOINC_DUE = "30980-7";

    private static final Map<String, String> BY_CATALOG_NAME = Map.of(
            "SNOMED", SNOMED, "SNOMED-CT", SNOMED, "ICD-11", ICD11, "ICD11", ICD11);

    private FhirCodes() {
    }

    /** The FHIR system URI of a catalog coding system, for the systems FHIR knows by URI. */
    public static Optional<String> systemOf(String catalogSystem) {
        return Optional.ofNullable(BY_CATALOG_NAME.get(catalogSystem.toUpperCase(Locale.ROOT)));
    }

    /** The catalog's name of a FHIR system URI, when it is one the catalog keeps. */
    public static Optional<String> catalogSystemOf(String fhirSystem) {
        if (SNOMED.equals(fhirSystem)) {
            return Optional.of("SNOMED");
        }
        if (ICD11.equals(fhirSystem)) {
            return Optional.of("ICD-11");
        }
        return Optional.empty();
    }
}
