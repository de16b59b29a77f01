package org.vaxline.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.fhir.application.FhirExports;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registryimport.application.ProgressListener;
import org.vaxline.registryimport.domain.ImportSummary;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fhir import} of real Synthea data: smart-on-fhir's public 10-patient sample bulk export, its Patient and
 * Immunization files whole and verbatim (see src/test/resources/fhir/synthea-10-patients/README.md). Every Patient
 * and Immunization line imported but those of the one person who died (the registry records no death: her Patient
 * and its 12 Immunizations are refused, each a line of the error report saying why), references resolved, counts
 * equal, a re-run adds nothing, and a re-export is tree-equal to the input in what the registry keeps (the
 * CapabilityStatement's documentation names what it does not).
 */
class SyntheaSampleImportTest {
    /** The distinct CVX codes of Immunization.000.ndjson. */
    static final List<String> CVX = List.of("03", "10", "20", "21", "43", "52", "62", "83", "113", "114", "115", "121", "140", "207", "208");
    /** The Patient who died (deceasedDateTime 2009-02-06): line 10 of Patient.000.ndjson. */
    static final String DECEASED = "da73946b-70a8-ae1a-ca15-b83201e441dd";
    /** Her Immunizations: lines 119 to 130 of Immunization.000.ndjson. */
    static final int HERS_FROM = 119;
    static final int HERS_TO = 130;

    @TempDir
    Path temp;

    static Path corpus() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SyntheaSampleImportTest.class.getResource("/fhir/synthea-10-patients/Patient.000.ndjson"))
                .toURI()).getParent();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void importsSyntheaLinesOnceAndExportsTheSameBack(Dialect dialect) throws Exception {
        // the records run to February 2023: the registry's today is after them, as it would be at an import
        Clock after = Clock.fixed(Instant.parse("2023-06-01T09:00:00Z"), ZoneOffset.UTC);
        try (FhirWorld world = new FhirWorld(dialect, temp.resolve("store"), after)) {
            Path dir = corpus();
            List<Path> files = List.of(dir.resolve("Patient.000.ndjson"), dir.resolve("Immunization.000.ndjson"));
            long patients = Files.readAllLines(files.get(0)).stream().filter(l -> !l.isBlank()).count();
            long immunizations = Files.readAllLines(files.get(1)).stream().filter(l -> !l.isBlank()).count();
            // the "10-patient" set holds 11 Patients: ten living and one who died in 2009 (da73946b-…)
            assertThat(patients).isEqualTo(11);
            assertThat(immunizations).isEqualTo(143);

            // the people's addresses are in Kansas: they come in under a province given for records from elsewhere
            ImportSummary first = world.app.fhir().imports().run(FhirWorld.ADMIN, dir, "01", temp.resolve("errors.csv"), ProgressListener.NONE);
            // the one who died is refused, and her doses with her, each line saying why; nothing else is
            List<String> refusals = refusals(files.get(1));
            assertThat(Files.readAllLines(temp.resolve("errors.csv"))).containsExactlyElementsOf(refusals);
            long refused = 1 + (HERS_TO - HERS_FROM + 1);
            assertThat(first.failed()).isEqualTo(refused);
            assertThat(first.rows()).isEqualTo(patients + immunizations);
            assertThat(first.created()).isEqualTo(patients + immunizations - refused);
            assertThat(world.count("persons")).isEqualTo((int) patients - 1);
            assertThat(world.count("doses")).isEqualTo((int) immunizations - (HERS_TO - HERS_FROM + 1));
            assertThat(world.count("stock_movements")).as("doses given elsewhere move no stock").isZero();
            // the 15 CVX codes of the file (03, 10, 20, 21, 43, 52, 62, 83, 113, 114, 115, 121, 140, 207, 208): each
            // kept once as an external product (hers, 43, 113, 114 and 140, are others' too)
            assertThat(world.count("external_product")).isEqualTo(CVX.size());

            // the vaccine codes the catalog lacked are listed with its products, marked as external
            HttpServer server = HttpServer.create(token -> Optional.ofNullable(FhirReadApiTest.TOKENS.get(token)), Set.of(),
                    List.of(world.app.catalog().routes()), cfg -> {
                    }).start("127.0.0.1", 0);
            try {
                var listed = new FhirClient(server.port()).get("/api/v1/products?limit=100", FhirReadApiTest.ADMIN);
                assertThat(listed.status()).as(listed.body()).isEqualTo(200);
                Map<String, Boolean> external = new java.util.TreeMap<>();
                listed.json().path("items").forEach(p -> external.put(p.path("code").asText(), p.path("external").asBoolean()));
                assertThat(external).containsEntry("ABDALA", false);
                CVX.forEach(code -> assertThat(external).containsEntry("CVX-" + code, true));
                assertThat(external.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList())
                        .as("no external product but the file's codes").hasSize(CVX.size());
                var page = new FhirClient(server.port()).get("/api/v1/products?limit=2", FhirReadApiTest.ADMIN).json();
                assertThat(page.path("items")).hasSize(2);
                var rest = new FhirClient(server.port()).get("/api/v1/products?limit=100&cursor=" + page.path("next").asText(),
                        FhirReadApiTest.ADMIN).json();
                assertThat(rest.path("items").size() + 2).as("one cursor pages catalog and external products together")
                        .isEqualTo(external.size());
            } finally {
                server.stop();
            }

            ImportSummary again = world.app.fhir().imports().run(FhirWorld.ADMIN, dir, "01", temp.resolve("errors.csv"), ProgressListener.NONE);
            assertThat(again.created()).isZero();
            assertThat(again.unchanged()).isEqualTo(patients + immunizations - refused);
            assertThat(again.failed()).isEqualTo(refused);
            assertThat(Files.readAllLines(temp.resolve("errors.csv"))).containsExactlyElementsOf(refusals);
            assertThat(world.count("persons")).isEqualTo((int) patients - 1);
            assertThat(world.count("doses")).isEqualTo((int) immunizations - (HERS_TO - HERS_FROM + 1));

            FhirExports.Job job = world.app.fhir().exports().start(FhirWorld.ADMIN, "test", null, null, null);
            for (int i = 0; i < 600 && !job.done; i++) {
                Thread.sleep(50);
            }
            assertThat(job.error).isNull();
            Map<String, JsonNode> in = FhirImportTest.kept(files);
            in.entrySet().removeIf(e -> e.getKey().equals("Patient/" + DECEASED) || e.getValue().path("patient").asText().equals(DECEASED));
            assertThat(in).hasSize((int) (patients + immunizations - refused));
            Map<String, JsonNode> out = FhirImportTest.kept(List.of(job.folder.resolve("Patient.ndjson"), job.folder.resolve("Immunization.ndjson")));
            assertThat(out.keySet()).isEqualTo(in.keySet());
            in.forEach((key, node) -> assertThat(out.get(key)).as(key).isEqualTo(node));
        }
    }

    /** The error report the import must write: the deceased Patient's line, then each of her Immunizations'. */
    private static List<String> refusals(Path immunizationFile) throws Exception {
        List<String> expected = new java.util.ArrayList<>(List.of("line,column,code,reason",
                "10,Patient.000.ndjson Patient/" + DECEASED + ",FHIR_RESOURCE_UNPROCESSABLE,\"deceasedDateTime: the person died on "
                        + "2009-02-06: the registry records no death, so it does not register a deceased person (nor their Immunizations)\""));
        List<String> lines = Files.readAllLines(immunizationFile);
        for (int line = HERS_FROM; line <= HERS_TO; line++) {
            JsonNode imm = org.vaxline.platform.json.Json.mapper().readTree(lines.get(line - 1));
            assertThat(imm.path("patient").path("reference").asText()).isEqualTo("Patient/" + DECEASED);
            expected.add(line + ",Immunization.000.ndjson Immunization/" + imm.path("id").asText() + ",FHIR_RESOURCE_UNPROCESSABLE,"
                    + "patient: its Patient/" + DECEASED + " was refused (Patient.000.ndjson line 10): not recorded");
        }
        return expected;
    }
}
