package org.vaxline.certificate.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a SMART Health Card's JWT payload must hold (the specification's required elements), and whether its vaccine codes
 * come from a code system a verifier knows (SNOMED CT, CVX, ICD-11). Answers each problem as "path: reason".
 */
public final class ShcSchema {
    public static final String HEALTH_CARD = "https://smarthealth.cards#health-card";
    static final Set<String> VACCINE_SYSTEMS = Set.of(FhirImmunization.SNOMED, FhirImmunization.CVX, FhirImmunization.ICD11,
            "http://id.who.int/icd11/mms", "https://id.who.int/icd/release/11/mms");

    private ShcSchema() {
    }

    public static List<String> problems(Map<String, Object> payload) {
        List<String> problems = new ArrayList<>();
        if (!(payload.get("iss") instanceof String iss) || iss.isBlank()) {
            problems.add("iss: required text");
        }
        if (!(payload.get("nbf") instanceof Number)) {
            problems.add("nbf: required number");
        }
        if (!(payload.get("vc") instanceof Map<?, ?> vc)) {
            problems.add("vc: required object");
            return problems;
        }
        if (!(vc.get("type") instanceof List<?> types) || !types.contains(HEALTH_CARD)) {
            problems.add("vc.type: must include " + HEALTH_CARD);
        }
        if (!(vc.get("credentialSubject") instanceof Map<?, ?> subject)) {
            problems.add("vc.credentialSubject: required object");
            return problems;
        }
        if (!(subject.get("fhirVersion") instanceof String version) || !version.startsWith("4.")) {
            problems.add("vc.credentialSubject.fhirVersion: an R4 version is required");
        }
        if (!(subject.get("fhirBundle") instanceof Map<?, ?> bundle) || !"Bundle".equals(bundle.get("resourceType"))) {
            problems.add("vc.credentialSubject.fhirBundle: a Bundle is required");
            return problems;
        }
        if (!(bundle.get("entry") instanceof List<?> entries) || entries.isEmpty()) {
            problems.add("fhirBundle.entry: required");
            return problems;
        }
        int patients = 0;
        for (int i = 0; i < entries.size(); i++) {
            String at = "fhirBundle.entry[" + i + "]";
            if (!(entries.get(i) instanceof Map<?, ?> entry) || !(entry.get("resource") instanceof Map<?, ?> resource)) {
                problems.add(at + ".resource: required");
                continue;
            }
            if (!(entry.get("fullUrl") instanceof String url) || !url.matches("resource:\\d+")) {
                problems.add(at + ".fullUrl: resource:N is required");
            }
            if (resource.containsKey("id") || resource.containsKey("meta") || resource.containsKey("text")) {
                problems.add(at + ".resource: id, meta and text are left out of a health card");
            }
            Object type = resource.get("resourceType");
            if ("Patient".equals(type)) {
                patients++;
                if (!(resource.get("name") instanceof List<?> names) || names.isEmpty()) {
                    problems.add(at + ".resource.name: required");
                }
            } else if ("Immunization".equals(type)) {
                for (String field : List.of("status", "vaccineCode", "patient", "occurrenceDateTime")) {
                    if (resource.get(field) == null) {
                        problems.add(at + ".resource." + field + ": required");
                    }
                }
            } else if (type == null) {
                problems.add(at + ".resource.resourceType: required");
            }
        }
        if (patients != 1) {
            problems.add("fhirBundle: exactly one Patient is required, found " + patients);
        }
        return problems;
    }

    /** Immunizations whose vaccine code is in no code system a verifier knows. */
    public static List<String> unknownVaccineCodes(Map<String, Object> payload) {
        List<String> problems = new ArrayList<>();
        if (payload.get("vc") instanceof Map<?, ?> vc && vc.get("credentialSubject") instanceof Map<?, ?> subject
                && subject.get("fhirBundle") instanceof Map<?, ?> bundle && bundle.get("entry") instanceof List<?> entries) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof Map<?, ?> entry && entry.get("resource") instanceof Map<?, ?> r
                        && "Immunization".equals(r.get("resourceType"))) {
                    boolean known = r.get("vaccineCode") instanceof Map<?, ?> code && code.get("coding") instanceof List<?> codings
                            && codings.stream().anyMatch(c -> c instanceof Map<?, ?> m && VACCINE_SYSTEMS.contains(m.get("system"))
                            && m.get("code") instanceof String);
                    if (!known) {
                        problems.add("fhirBundle.entry[" + i + "].resource.vaccineCode: no SNOMED CT, CVX or ICD-11 code");
                    }
                }
            }
        }
        return problems;
    }
}
