package org.vaxline.certificate.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The elements the WHO DDCC:VS profiles require of a document (DDCCVSComposition, DDCCPatient, DDCCImmunization), checked
 * on the Bundle as plain maps; answers each problem as "path: reason", none when it conforms.
 */
public final class DdccSchema {
    private DdccSchema() {
    }

    public static List<String> problems(Map<String, Object> bundle) {
        List<String> problems = new ArrayList<>();
        if (!"Bundle".equals(bundle.get("resourceType")) || !"document".equals(bundle.get("type"))) {
            problems.add("Bundle.type: a document Bundle is required");
        }
        if (!(bundle.get("identifier") instanceof Map<?, ?> id) || id.get("system") == null || id.get("value") == null) {
            problems.add("Bundle.identifier: system and value are required (bdl-9)");
        }
        if (!(bundle.get("timestamp") instanceof String)) {
            problems.add("Bundle.timestamp: required (bdl-10)");
        }
        if (!(bundle.get("entry") instanceof List<?> entries) || entries.isEmpty()) {
            problems.add("Bundle.entry: required");
            return problems;
        }
        Set<String> urls = new HashSet<>();
        Map<?, ?> composition = null;
        Map<?, ?> patient = null;
        List<Map<?, ?>> immunizations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> entry) || !(entry.get("resource") instanceof Map<?, ?> resource)) {
                problems.add("Bundle.entry[" + i + "].resource: required");
                continue;
            }
            if (!(entry.get("fullUrl") instanceof String url)) {
                problems.add("Bundle.entry[" + i + "].fullUrl: required");
            } else {
                urls.add(url);
            }
            Object type = resource.get("resourceType");
            if (i == 0 && !"Composition".equals(type)) {
                problems.add("Bundle.entry[0]: the Composition comes first (bdl-11)");
            }
            if ("Composition".equals(type)) {
                composition = resource;
            } else if ("Patient".equals(type)) {
                patient = resource;
            } else if ("Immunization".equals(type)) {
                immunizations.add(resource);
            }
        }
        if (composition == null) {
            problems.add("Composition: required");
        } else {
            require(composition, "Composition", List.of("status", "type", "subject", "date", "author", "title", "section"), problems);
            if (!String.valueOf(composition.get("category")).contains("ddcc-vs")) {
                problems.add("Composition.category: ddcc-vs is required");
            }
            if (!String.valueOf(composition.get("type")).contains(DdccDocument.SUMMARY_REPORT)) {
                problems.add("Composition.type: LOINC " + DdccDocument.SUMMARY_REPORT + " is required");
            }
            if (!(composition.get("identifier") instanceof Map<?, ?> hcid) || hcid.get("value") == null) {
                problems.add("Composition.identifier: the certificate identifier (hcid) is required");
            }
            reference(composition.get("subject"), "Composition.subject", urls, problems);
            if (composition.get("section") instanceof List<?> sections) {
                for (Object s : sections) {
                    if (s instanceof Map<?, ?> section && section.get("entry") instanceof List<?> refs) {
                        refs.forEach(r -> reference(r, "Composition.section.entry", urls, problems));
                    } else {
                        problems.add("Composition.section.entry: required");
                    }
                }
            }
        }
        if (patient == null) {
            problems.add("Patient: required");
        } else {
            require(patient, "Patient", List.of("name", "birthDate"), problems);
        }
        if (immunizations.isEmpty()) {
            problems.add("Immunization: required");
        }
        for (Map<?, ?> immunization : immunizations) {
            require(immunization, "Immunization", List.of("status", "vaccineCode", "patient", "occurrenceDateTime", "lotNumber",
                    "protocolApplied"), problems);
            String extensions = String.valueOf(immunization.get("extension"));
            for (String ext : List.of("DDCCEventBrand", "DDCCCountryOfEvent")) {
                if (!extensions.contains(DdccDocument.PROFILE_BASE + ext)) {
                    problems.add("Immunization.extension: " + ext + " is required");
                }
            }
            if (!String.valueOf(immunization.get("vaccineCode")).contains("id.who.int/icd")) {
                problems.add("Immunization.vaccineCode: an ICD-11 code is required");
            }
            if (!(immunization.get("protocolApplied") instanceof List<?> protocols) || protocols.isEmpty()
                    || !(protocols.get(0) instanceof Map<?, ?> protocol) || protocol.get("doseNumberPositiveInt") == null
                    || protocol.get("targetDisease") == null) {
                problems.add("Immunization.protocolApplied: dose number and disease targeted are required");
            }
            reference(immunization.get("patient"), "Immunization.patient", urls, problems);
        }
        return problems;
    }

    private static void require(Map<?, ?> resource, String type, List<String> fields, List<String> problems) {
        for (String field : fields) {
            Object value = resource.get(field);
            if (value == null || value instanceof List<?> list && list.isEmpty() || value instanceof String s && s.isBlank()) {
                problems.add(type + "." + field + ": required");
            }
        }
    }

    private static void reference(Object ref, String path, Set<String> urls, List<String> problems) {
        if (!(ref instanceof Map<?, ?> r) || !(r.get("reference") instanceof String target) || !urls.contains(target)) {
            problems.add(path + ": must reference an entry of the document");
        }
    }
}
