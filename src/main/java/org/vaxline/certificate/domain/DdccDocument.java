package org.vaxline.certificate.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The WHO DDCC:VS core data set as a FHIR R4 document Bundle, as plain maps: a Composition (category ddcc-vs, LOINC
 * 82593-5, the certificate identifier and validity, one section of LOINC 11369-6), the Patient, the issuing Organization
 * and the Immunization (ICD-11 vaccine code, brand, market authorization holder, country of vaccination, lot, centre,
 * disease targeted, dose number and series total). Entries are referenced by urn:uuid full URLs.
 */
public final class DdccDocument {
    public static final String PROFILE_BASE = "http://smart.who.int/ddcc/StructureDefinition/";
    public static final String CATEGORY_SYSTEM = "http://smart.who.int/ddcc/CodeSystem/DDCCCompositionCategoryCodeSystem";
    public static final String LOINC = "http://loinc.org";
    public static final String SUMMARY_REPORT = "82593-5";
    public static final String IMMUNIZATION_HISTORY = "11369-6";

    private DdccDocument() {
    }

    /** The codes a DDCC:VS needs that the product lacks: its ICD-11 vaccine code and the disease it targets. */
    public static List<String> missingCodes(CertifiedDose dose) {
        return java.util.stream.Stream.of("ICD-11", "EU-DCC-TG").filter(s -> dose.code(s) == null).toList();
    }

    /**
     * @param certificateId the health certificate identifier (hcid), also the document's identifier
     * @param country       the issuing country, ISO 3166-1 alpha-2 (stated as alpha-3 where DDCC prefers it)
     */
    public static Map<String, Object> bundle(UUID documentId, String certificateId, Holder holder, CertifiedDose dose,
                                             String country, String issuer, Instant issuedAt, Instant expires) {
        String patientUrl = "urn:uuid:" + UUID.nameUUIDFromBytes(("patient:" + documentId).getBytes());
        String organizationUrl = "urn:uuid:" + UUID.nameUUIDFromBytes(("organization:" + documentId).getBytes());
        String immunizationUrl = "urn:uuid:" + UUID.nameUUIDFromBytes(("immunization:" + documentId).getBytes());
        String compositionUrl = "urn:uuid:" + documentId;

        Map<String, Object> patient = new LinkedHashMap<>(FhirImmunization.patient(holder, true));
        @SuppressWarnings("unchecked")
        Map<String, Object> name = new LinkedHashMap<>(((List<Map<String, Object>>) patient.get("name")).get(0));
        name.put("text", holder.givenName() == null ? holder.familyName() : holder.familyName() + " " + holder.givenName());
        patient.put("name", List.of(name));

        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("resourceType", "Organization");
        organization.put("name", issuer);
        organization.put("address", List.of(Map.of("country", country)));

        Map<String, Object> immunization = new LinkedHashMap<>();
        immunization.put("resourceType", "Immunization");
        immunization.put("meta", Map.of("profile", List.of(PROFILE_BASE + "DDCCImmunization")));
        immunization.put("extension", List.of(
                Map.of("url", PROFILE_BASE + "DDCCEventBrand", "valueCoding", Map.of("code", dose.productName(), "display", dose.productName())),
                Map.of("url", PROFILE_BASE + "DDCCVaccineMarketAuthorization", "valueCoding",
                        Map.of("code", String.valueOf(dose.code("EU-DCC-MA")), "display", String.valueOf(dose.code("EU-DCC-MA")))),
                Map.of("url", PROFILE_BASE + "DDCCCountryOfEvent", "valueCode", alpha3(country))));
        immunization.put("status", "completed");
        immunization.put("vaccineCode", Map.of("coding", List.of(Map.of("system", FhirImmunization.ICD11, "code", dose.code("ICD-11")))));
        immunization.put("patient", Map.of("reference", patientUrl));
        immunization.put("occurrenceDateTime", dose.givenOn().toString());
        if (dose.performer() != null) {
            immunization.put("location", Map.of("display", dose.performer()));
            immunization.put("performer", List.of(Map.of("actor", Map.of("display", dose.performer()))));
        }
        if (dose.lotNumber() != null) {
            immunization.put("lotNumber", dose.lotNumber());
        }
        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("authority", Map.of("reference", organizationUrl));
        protocol.put("targetDisease", List.of(Map.of("coding", List.of(Map.of("system", FhirImmunization.SNOMED, "code", dose.code("EU-DCC-TG"))))));
        protocol.put("doseNumberPositiveInt", dose.doseNumber());
        protocol.put("seriesDosesPositiveInt", dose.statedTotal());
        immunization.put("protocolApplied", List.of(protocol));

        Map<String, Object> composition = new LinkedHashMap<>();
        composition.put("resourceType", "Composition");
        composition.put("meta", Map.of("profile", List.of(PROFILE_BASE + "DDCCVSComposition")));
        composition.put("identifier", Map.of("value", certificateId));
        composition.put("status", "final");
        composition.put("type", Map.of("coding", List.of(Map.of("system", LOINC, "code", SUMMARY_REPORT, "display", "Immunization summary report"))));
        composition.put("category", List.of(Map.of("coding", List.of(Map.of("system", CATEGORY_SYSTEM, "code", "ddcc-vs")))));
        composition.put("subject", Map.of("reference", patientUrl));
        composition.put("date", issuedAt.toString());
        composition.put("author", List.of(Map.of("reference", organizationUrl)));
        composition.put("title", "International Certificate of Vaccination or Prophylaxis");
        composition.put("event", List.of(Map.of("period", Map.of("start", issuedAt.toString(), "end", expires.toString()))));
        composition.put("section", List.of(Map.of(
                "code", Map.of("coding", List.of(Map.of("system", LOINC, "code", IMMUNIZATION_HISTORY))),
                "entry", List.of(Map.of("reference", immunizationUrl)))));

        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("resourceType", "Bundle");
        bundle.put("identifier", Map.of("system", "urn:ietf:rfc:3986", "value", "urn:uuid:" + documentId));
        bundle.put("type", "document");
        bundle.put("timestamp", issuedAt.toString());
        bundle.put("entry", List.of(FhirImmunization.entry(compositionUrl, composition), FhirImmunization.entry(patientUrl, patient),
                FhirImmunization.entry(organizationUrl, organization), FhirImmunization.entry(immunizationUrl, immunization)));
        return bundle;
    }

    static String alpha3(String alpha2) {
        try {
            return new Locale("", alpha2).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            return alpha2;
        }
    }
}
