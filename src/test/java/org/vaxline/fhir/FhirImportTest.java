package org.vaxline.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.fhir.application.FhirExports;
import org.vaxline.fhir.cli.FhirCommand;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registryimport.application.ProgressListener;
import org.vaxline.registryimport.domain.ImportSummary;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code vaxline fhir import} on both stores, with a corpus shaped as Synthea's bulk output (the smart-on-fhir sample
 * bulk datasets' Patient and Immunization NDJSON: US Core profiles, Synthea identifiers, CVX codes, encounter and
 * {@code Location?identifier=} references), generated here at the set's full size of ten patients;
 * {@link SyntheaSampleImportTest} imports the real files, whole and verbatim. Every Patient and Immunization line is
 * imported, references resolve, a re-run adds nothing, and a re-export is tree-equal to the input in what the registry
 * keeps.
 */
class FhirImportTest {
    @TempDir
    Path temp;

    static final String[][] VACCINES = {{"140", "Influenza, split virus, trivalent, PF"}, {"52", "Hep A, adult"},
            {"113", "Td (adult), 5 Lf tetanus toxoid, preservative free, adsorbed"}, {"03", "MMR"}, {"115", "Tdap"},
            {"08", "Hep B, adolescent or pediatric"}};

    /** Ten Synthea-shaped patients with their immunizations, a Condition file the import skips, and a Bundle. */
    static Map<String, Integer> corpus(Path dir) throws Exception {
        Random random = new Random(11);
        StringBuilder patients = new StringBuilder();
        StringBuilder immunizations = new StringBuilder();
        int immunizationCount = 0;
        for (int i = 0; i < 10; i++) {
            String pid = new UUID(0x0bee1bc61a91bcd5L + i, random.nextLong()).toString();
            LocalDate born = LocalDate.of(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
            patients.append("""
                    {"resourceType":"Patient","id":"%s","meta":{"profile":["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]},\
                    "identifier":[{"system":"https://github.com/synthetichealth/synthea","value":"%s"},\
                    {"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"SS"}]},"system":"http://hl7.org/fhir/sid/us-ssn","value":"999-%02d-%04d"}],\
                    "name":[{"use":"official","family":"Family%d","given":["Given%d"],"prefix":["Mx."]}],\
                    "telecom":[{"system":"phone","value":"555-%03d-%04d","use":"home"}],"gender":"%s","birthDate":"%s",\
                    "address":[{"line":["%d Main St"],"city":"Wichita","state":"KS","postalCode":"67201","country":"US"}]}
                    """.formatted(pid, pid, i, 1000 + i, 100 + i, 200 + i, i, 1000 + i, i % 2 == 0 ? "female" : "male", born, i));
            int doses = 2 + random.nextInt(4);
            for (int d = 0; d < doses; d++) {
                String[] vaccine = VACCINES[random.nextInt(VACCINES.length)];
                LocalDate on = LocalDate.of(2012 + d * 2, 1 + random.nextInt(12), 1 + random.nextInt(28));
                String iid = new UUID(0x32576ada58292fd7L + i * 10L + d, random.nextLong()).toString();
                immunizations.append("""
                        {"resourceType":"Immunization","id":"%s","meta":{"profile":["http://hl7.org/fhir/us/core/StructureDefinition/us-core-immunization"]},\
                        "status":"completed","vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"%s","display":"%s"}],"text":"%s"},\
                        "patient":{"reference":"Patient/%s"},"encounter":{"reference":"Encounter/%s"},"occurrenceDateTime":"%sT12:46:59-03:00",\
                        "primarySource":true,"location":{"reference":"Location?identifier=https://github.com/synthetichealth/synthea|181ad8e2-5cb8-343c-b80b-4a439077017c","display":"HEALTH AND WELLNESS CLINIC, LLC"}}
                        """.formatted(iid, vaccine[0], vaccine[1], vaccine[1], pid, UUID.randomUUID(), on));
                immunizationCount++;
            }
        }
        // the Immunizations file sorts before the Patients file: references must resolve whatever the order
        Files.writeString(dir.resolve("Immunization.000.ndjson"), immunizations);
        Files.writeString(dir.resolve("Patient.000.ndjson"), patients);
        Files.writeString(dir.resolve("Condition.000.ndjson"), """
                {"resourceType":"Condition","id":"c1","subject":{"reference":"Patient/x"}}
                """);
        // a transaction Bundle (as another system would post it): one more patient, referenced by urn:uuid
        String bundlePatient = "5f1b0c6e-1111-4a2b-9c3d-000000000011";
        Files.writeString(dir.resolve("bundle.json"), """
                {"resourceType":"Bundle","type":"transaction","entry":[
                 {"fullUrl":"urn:uuid:%s","resource":{"resourceType":"Patient","id":"%s","identifier":[{"system":"https://vaxline.org/fhir/sid/passport","value":"C1234567"}],
                  "name":[{"family":"Pérez","given":["Ana"]}],"gender":"female","birthDate":"1985-03-04"},"request":{"method":"POST","url":"Patient"}},
                 {"resource":{"resourceType":"Immunization","id":"5f1b0c6e-2222-4a2b-9c3d-000000000012","status":"completed",
                  "vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"208","display":"COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose"}],"text":"COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose"},
                  "patient":{"reference":"urn:uuid:%s"},"occurrenceDateTime":"2021-05-10","primarySource":false,
                  "location":{"display":"Hospital Hermanos Ameijeiras, La Habana"}},"request":{"method":"POST","url":"Immunization"}}]}
                """.formatted(bundlePatient, bundlePatient, bundlePatient));
        return Map.of("Patient", 11, "Immunization", immunizationCount + 1);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void importsASyntheaBulkExportOnceAndExportsTheSameBack(Dialect dialect) throws Exception {
        try (FhirWorld world = new FhirWorld(dialect, temp.resolve("store"))) {
            Path dir = Files.createDirectories(temp.resolve("synthea"));
            Map<String, Integer> expected = corpus(dir);
            int total = expected.get("Patient") + expected.get("Immunization");
            long[] lastProgress = new long[1];
            ProgressListener progress = (rows, bytes, totalBytes) -> lastProgress[0] = rows;
            ImportSummary first = world.app.fhir().imports().run(FhirWorld.ADMIN, dir, "01", temp.resolve("errors.csv"), progress);
            assertThat(Files.readAllLines(temp.resolve("errors.csv"))).containsExactly("line,column,code,reason");
            assertThat(first.failed()).isZero();
            assertThat(first.rows()).isEqualTo(total);
            assertThat(first.created()).isEqualTo(total);
            assertThat(lastProgress[0]).isEqualTo(total);
            assertThat(world.count("persons")).isEqualTo(expected.get("Patient"));
            assertThat(world.count("doses")).isEqualTo(expected.get("Immunization"));
            assertThat(world.count("stock_movements")).as("records from elsewhere move no stock").isZero();

            // re-running adds nothing twice
            ImportSummary again = world.app.fhir().imports().run(FhirWorld.ADMIN, dir, "01", temp.resolve("errors.csv"), ProgressListener.NONE);
            assertThat(again.created()).isZero();
            assertThat(again.unchanged()).isEqualTo(total);
            assertThat(world.count("doses")).isEqualTo(expected.get("Immunization"));
            assertThat(world.count("external_product")).isBetween(2, VACCINES.length + 1);

            // the re-export, tree-equal to the input in what the registry keeps
            FhirExports.Job job = world.app.fhir().exports().start(FhirWorld.ADMIN, "test", null, null, null);
            for (int i = 0; i < 600 && !job.done; i++) {
                Thread.sleep(50);
            }
            assertThat(job.error).isNull();
            Map<String, JsonNode> in = kept(List.of(dir.resolve("Patient.000.ndjson"), dir.resolve("Immunization.000.ndjson")));
            in.putAll(keptOfBundle(dir.resolve("bundle.json")));
            Map<String, JsonNode> out = kept(List.of(job.folder.resolve("Patient.ndjson"), job.folder.resolve("Immunization.ndjson")));
            assertThat(out.keySet()).isEqualTo(in.keySet());
            in.forEach((key, node) -> assertThat(out.get(key)).as(key).isEqualTo(node));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aPatientsDeathIsRecordedWithItsDayAndADeathWithoutADayIsRefused(Dialect dialect) throws Exception {
        try (FhirWorld world = new FhirWorld(dialect, temp.resolve("store"))) {
            Path file = temp.resolve("deaths.ndjson");
            String passport = "\"identifier\":[{\"system\":\"https://vaxline.org/fhir/sid/passport\",\"value\":\"%s\"}]";
            String imm = "{\"resourceType\":\"Immunization\",\"id\":\"%s\",\"status\":\"completed\",\"vaccineCode\":{\"coding\":"
                    + "[{\"system\":\"http://hl7.org/fhir/sid/cvx\",\"code\":\"140\"}]},\"patient\":{\"reference\":\"Patient/%s\"},"
                    + "\"occurrenceDateTime\":\"%s\",\"primarySource\":false}";
            String patient = "{\"resourceType\":\"Patient\",\"id\":\"%s\"," + passport + ",\"name\":[{\"text\":\"%s\"}],"
                    + "\"gender\":\"female\",\"birthDate\":\"1990-01-02\",%s\"address\":[{\"state\":\"46\"}]}";
            Files.write(file, List.of(
                    patient.formatted("died", "B1111111", "Trần Thị Hoa", "\"deceasedDateTime\":\"2020-06-01T23:30:00+07:00\","),
                    patient.formatted("dead", "B2222222", "Lê Thị Lan", "\"deceasedBoolean\":true,"),
                    patient.formatted("early", "B3333333", "Phạm Thị Cúc", "\"deceasedDateTime\":\"1980-01-01\","),
                    imm.formatted("i-before", "died", "2020-05-01"),
                    imm.formatted("i-after", "died", "2020-07-01"),
                    imm.formatted("i-dead", "dead", "2020-05-01")));
            ImportSummary first = world.app.fhir().imports().run(FhirWorld.ADMIN, file, null, temp.resolve("errors.csv"), ProgressListener.NONE);
            assertThat(first.created()).isEqualTo(2);
            assertThat(first.failed()).isEqualTo(4);
            List<String> report = Files.readAllLines(temp.resolve("errors.csv"));
            assertThat(report).hasSize(5);
            assertThat(report.get(1)).startsWith("2,").contains("Patient/dead").contains("deceasedBoolean: the person died, but on no day given");
            assertThat(report.get(2)).startsWith("3,").contains("Patient/early")
                    .contains("deceasedDateTime: is before the person was born (1990-01-02)");
            assertThat(report.get(3)).startsWith("5,").contains("Immunization/i-after").contains("DOSE_AFTER_DEATH");
            assertThat(report.get(4)).startsWith("6,").contains("Immunization/i-dead").contains("was refused (deaths.ndjson line 2)");
            // the day the record wrote, not moved to another zone's; the refused ones left nothing behind
            var died = world.app.persons().directory().describe(org.vaxline.platform.id.Ids.fromName("fhir:Patient:died")).orElseThrow();
            assertThat(died.diedOn()).isEqualTo(java.time.LocalDate.of(2020, 6, 1));
            assertThat(world.count("persons")).isEqualTo(1);
            assertThat(world.count("person_deaths")).isEqualTo(1);
            assertThat(world.count("doses")).isEqualTo(1);

            ImportSummary again = world.app.fhir().imports().run(FhirWorld.ADMIN, file, null, temp.resolve("errors.csv"), ProgressListener.NONE);
            assertThat(again.created()).isZero();
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(world.count("person_deaths")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theCommandReportsRefusedLinesAndExitsNonZero(Dialect dialect) throws Exception {
        try (FhirWorld world = new FhirWorld(dialect, temp.resolve("store"))) {
            Path file = temp.resolve("mixed.ndjson");
            Files.writeString(file, """
                    {"resourceType":"Patient","id":"p-1","identifier":[{"system":"https://vaxline.org/fhir/sid/passport","value":"B7654321"}],"name":[{"text":"Nguyễn Thị Mai"}],"gender":"female","birthDate":"1990-01-02","address":[{"state":"46"}]}
                    not json at all
                    {"resourceType":"Immunization","id":"i-1","status":"completed","vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"140"}]},"patient":{"reference":"Patient/p-1"},"occurrenceDateTime":"2020-10-01","primarySource":false}
                    {"resourceType":"Immunization","id":"i-2","status":"completed","vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"140"}]},"patient":{"reference":"Patient/p-1"},"occurrenceDateTime":"1980-10-01","primarySource":false}
                    {"resourceType":"Immunization","id":"i-3","status":"completed","vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"140"}]},"patient":{"reference":"Patient/nobody"},"occurrenceDateTime":"2020-10-01","primarySource":false}
                    """);
            StringWriter out = new StringWriter();
            int code = new CommandLine(new FhirCommand(() -> world.app.fhir(), () -> FhirWorld.ADMIN, err -> ProgressListener.NONE))
                    .setOut(new PrintWriter(out))
                    .execute("import", file.toString(), "--errors", temp.resolve("report.csv").toString());
            assertThat(code).isEqualTo(5);
            assertThat(out.toString()).contains("5 resources read, 2 created, 0 unchanged, 3 failed");
            List<String> report = Files.readAllLines(temp.resolve("report.csv"));
            assertThat(report).hasSize(4);
            assertThat(report.get(1)).startsWith("2,").contains("FHIR_RESOURCE_INVALID");
            assertThat(report.get(2)).startsWith("4,").contains("Immunization/i-2").contains("DOSE_BEFORE_BIRTH");
            assertThat(report.get(3)).startsWith("5,").contains("Immunization/i-3");
            assertThat(world.app.persons().directory().describe(org.vaxline.platform.id.Ids.fromName("fhir:Patient:p-1")).orElseThrow()
                    .provinceCode()).as("the address names one of our provinces").isEqualTo("46");
        }
    }

    /** Resource type/id → the tree of what the registry keeps of it, from NDJSON files. */
    static Map<String, JsonNode> kept(List<Path> files) throws Exception {
        Map<String, JsonNode> result = new TreeMap<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank()) {
                    JsonNode r = Json.mapper().readTree(line);
                    result.put(r.get("resourceType").asText() + "/" + r.get("id").asText(), kept(r));
                }
            }
        }
        return result;
    }

    private static Map<String, JsonNode> keptOfBundle(Path file) throws Exception {
        Map<String, JsonNode> result = new HashMap<>();
        for (JsonNode e : Json.mapper().readTree(file.toFile()).get("entry")) {
            JsonNode r = e.get("resource");
            result.put(r.get("resourceType").asText() + "/" + r.get("id").asText(), kept(r));
        }
        return result;
    }

    /**
     * What the registry keeps (the CapabilityStatement names the rest): a Patient's id, name (family and given), gender,
     * birth date, day of death; an Immunization's id, status, vaccine coding and text, patient, day of occurrence and place given.
     */
    private static JsonNode kept(JsonNode r) {
        ObjectNode k = Json.mapper().createObjectNode();
        k.put("id", r.get("id").asText());
        if (r.get("resourceType").asText().equals("Patient")) {
            JsonNode name = r.get("name").get(0);
            k.put("family", name.get("family").asText());
            List<String> given = new ArrayList<>();
            name.get("given").forEach(g -> given.add(g.asText()));
            k.put("given", String.join(" ", given));
            k.put("gender", r.get("gender").asText());
            k.put("birthDate", r.get("birthDate").asText());
            if (r.has("deceasedDateTime")) {
                k.put("deceased", r.get("deceasedDateTime").asText().substring(0, 10));
            }
            return k;
        }
        k.put("status", r.get("status").asText());
        k.set("coding", r.get("vaccineCode").get("coding"));
        k.put("text", r.get("vaccineCode").get("text").asText());
        String patient = r.get("patient").get("reference").asText();
        k.put("patient", patient.substring(Math.max(patient.indexOf('/'), patient.lastIndexOf(':')) + 1));
        k.put("day", r.get("occurrenceDateTime").asText().substring(0, 10));
        k.put("place", r.get("location").get("display").asText());
        return k;
    }
}
