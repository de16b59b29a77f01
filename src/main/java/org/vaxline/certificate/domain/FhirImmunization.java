package org.vaxline.certificate.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The FHIR R4 resources a certificate carries, as plain maps (no FHIR library): the holder as a Patient and each dose as
 * an Immunization coded by SNOMED CT (and ICD-11 when the product has it), with its lot, performer, dose number and the
 * regimen's total. Minimal as SMART Health Cards ask: no ids, meta or narrative; references as {@code resource:N}.
 */
public final class FhirImmunization {
    public static final String FHIR_VERSION = "4.0.1";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String ICD11 = "http://id.who.int/icd/release/11/mms";
    public static final String CVX = "http://hl7.org/fhir/sid/cvx";

    private FhirImmunization() {
    }

    public static Map<String, Object> patient(Holder holder, boolean withGender) {
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("family", holder.familyName());
        if (holder.givenName() != null) {
            name.put("given", List.of(holder.givenName()));
        }
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("resourceType", "Patient");
        patient.put("name", List.of(name));
        patient.put("birthDate", holder.dateOfBirth().toString());
        if (withGender && holder.sex() != null) {
            patient.put("gender", gender(holder.sex()));
        }
        return patient;
    }

    /** One dose as an Immunization of the patient at {@code patientReference}. */
    public static Map<String, Object> immunization(CertifiedDose dose, String patientReference, boolean withIcd11) {
        List<Map<String, Object>> codings = new ArrayList<>();
        if (dose.code("SNOMED") != null) {
            codings.add(Map.of("system", SNOMED, "code", dose.code("SNOMED")));
        }
        if (withIcd11 && dose.code("ICD-11") != null) {
            codings.add(Map.of("system", ICD11, "code", dose.code("ICD-11")));
        }
        Map<String, Object> immunization = new LinkedHashMap<>();
        immunization.put("resourceType", "Immunization");
        immunization.put("status", "completed");
        immunization.put("vaccineCode", Map.of("coding", codings));
        immunization.put("patient", Map.of("reference", patientReference));
        immunization.put("occurrenceDateTime", dose.givenOn().toString());
        if (dose.performer() != null) {
            immunization.put("performer", List.of(Map.of("actor", Map.of("display", dose.performer()))));
        }
        if (dose.lotNumber() != null) {
            immunization.put("lotNumber", dose.lotNumber());
        }
        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("doseNumberPositiveInt", dose.doseNumber());
        protocol.put("seriesDosesPositiveInt", dose.statedTotal());
        immunization.put("protocolApplied", List.of(protocol));
        return immunization;
    }

    /** The SMART Health Card's FHIR Bundle (type collection): the Patient, then one Immunization per dose. */
    public static Map<String, Object> shcBundle(Holder holder, List<CertifiedDose> doses) {
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry("resource:0", patient(holder, false)));
        for (CertifiedDose dose : doses) {
            entries.add(entry("resource:" + entries.size(), immunization(dose, "resource:0", false)));
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        bundle.put("entry", entries);
        return bundle;
    }

    /** The codes a SMART Health Card needs that the product lacks. */
    public static List<String> missingCodes(CertifiedDose dose) {
        return dose.code("SNOMED") == null ? List.of("SNOMED") : List.of();
    }

    static Map<String, Object> entry(String fullUrl, Map<String, Object> resource) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("fullUrl", fullUrl);
        entry.put("resource", resource);
        return entry;
    }

    static String gender(String sex) {
        return switch (sex) {
            case "MALE" -> "male";
            case "FEMALE" -> "female";
            case "OTHER" -> "other";
            default -> "unknown";
        };
    }
}
