package org.vaxline.certificate.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The WHO DDCC:VS required elements, one at a time: the built document has them all, and each missing one is named. */
class DdccSchemaTest {
    private static final CertifiedDose DOSE = new CertifiedDose(new UUID(0, 1), LocalDate.parse("2021-09-17"), 2, 3, "Abdala",
            Map.of("SNOMED", "33391000087109", "ICD-11", "XM5JC5", "EU-DCC-TG", "840539006", "EU-DCC-MA", "CIGB"), "A2109-01",
            "Trạm Y tế Phường 1");
    private static final Holder HOLDER = new Holder(new UUID(0, 2), "Nguyễn", "Văn An", LocalDate.parse("1990-05-14"), "MALE");

    static Map<String, Object> document() {
        return DdccDocument.bundle(new UUID(0, 3), "URN:UVCI:01:VN:ABC#K", HOLDER, DOSE, "VN", "Ministry of Health of Viet Nam",
                Instant.parse("2021-10-01T09:00:00Z"), Instant.parse("2022-10-01T09:00:00Z"));
    }

    @org.junit.jupiter.api.Test
    void theBuiltDocumentHasEveryRequiredElement() {
        Map<String, Object> bundle = document();
        assertThat(DdccSchema.problems(bundle)).isEmpty();
        assertThat(bundle.toString()).contains("XM5JC5", "ddcc-vs", "82593-5", "11369-6", "VNM", "A2109-01", "doseNumberPositiveInt=2",
                "seriesDosesPositiveInt=3", "DDCCEventBrand", "Abdala", "CIGB");
    }

    @ParameterizedTest(name = "without {0}.{1} → {2}")
    @CsvSource({
            "Bundle, type, Bundle.type", "Bundle, identifier, Bundle.identifier", "Bundle, timestamp, Bundle.timestamp",
            "Composition, status, Composition.status", "Composition, category, Composition.category",
            "Composition, type, Composition.type", "Composition, identifier, Composition.identifier",
            "Composition, subject, Composition.subject", "Composition, author, Composition.author",
            "Composition, section, Composition.section", "Patient, name, Patient.name", "Patient, birthDate, Patient.birthDate",
            "Immunization, vaccineCode, Immunization.vaccineCode", "Immunization, lotNumber, Immunization.lotNumber",
            "Immunization, extension, Immunization.extension", "Immunization, protocolApplied, Immunization.protocolApplied",
            "Immunization, occurrenceDateTime, Immunization.occurrenceDateTime", "Immunization, patient, Immunization.patient"})
    @SuppressWarnings("unchecked")
    void eachMissingElementIsNamed(String resource, String field, String named) {
        Map<String, Object> bundle = new LinkedHashMap<>(document());
        if (resource.equals("Bundle")) {
            bundle.remove(field);
        } else {
            List<Map<String, Object>> entries = new java.util.ArrayList<>((List<Map<String, Object>>) bundle.get("entry"));
            for (int i = 0; i < entries.size(); i++) {
                Map<String, Object> r = (Map<String, Object>) entries.get(i).get("resource");
                if (resource.equals(r.get("resourceType"))) {
                    Map<String, Object> changed = new LinkedHashMap<>(r);
                    changed.remove(field);
                    entries.set(i, Map.of("fullUrl", entries.get(i).get("fullUrl"), "resource", changed));
                }
            }
            bundle.put("entry", entries);
        }
        assertThat(DdccSchema.problems(bundle)).anySatisfy(p -> assertThat(p).startsWith(named));
    }
}
