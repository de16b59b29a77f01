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
 * and Immunization line imported, the one person who died too (her death recorded on the day her Patient gives, her 12
 * Immunizations, all before it, counted), references resolved, counts equal, an empty error report, a re-run adds
 * nothing, and a re-export is tree-equal to the input in what the registry keeps, deceasedDateTime's day included (the
 * CapabilityStatement's documentation names what it does not keep).
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
            // every line is taken, hers too: nothing refused
            assertThat(Files.readAllLines(temp.resolve("errors.csv"))).containsExactly("line,column,code,reason");
            assertThat(first.failed()).isZero();
            assertThat(first.rows()).isEqualTo(patients + immunizations);
            assertThat(first.created()).isEqualTo(patients + immunizations);
            assertThat(world.count("persons")).isEqualTo((int) patients);
            assertThat(world.count("doses")).isEqualTo((int) immunizations);
            // her death is recorded on the day her Patient gives, and her 12 doses, all before it, are hers
            assertThat(world.count("person_deaths")).isEqualTo(1);
            var her = world.app.persons().directory().describe(java.util.UUID.fromString(DECEASED)).orElseThrow();
            assertThat(her.diedOn()).isEqualTo(java.time.LocalDate.of(2009, 2, 6));
            assertThat(world.app.registry().queries().givenTo(her.id())).hasSize(HERS_TO - HERS_FROM + 1)
                    .allSatisfy(d -> assertThat(d.givenOn()).isBefore(her.diedOn()));
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
            assertThat(again.unchanged()).isEqualTo(patients + immunizations);
            assertThat(again.failed()).isZero();
            assertThat(Files.readAllLines(temp.resolve("errors.csv"))).containsExactly("line,column,code,reason");
            assertThat(world.count("persons")).isEqualTo((int) patients);
            assertThat(world.count("doses")).isEqualTo((int) immunizations);
            assertThat(world.count("person_deaths")).isEqualTo(1);

            FhirExports.Job job = world.app.fhir().exports().start(FhirWorld.ADMIN, "test", null, null, null);
            for (int i = 0; i < 600 && !job.done; i++) {
                Thread.sleep(50);
            }
            assertThat(job.error).isNull();
            Map<String, JsonNode> in = FhirImportTest.kept(files);
            assertThat(in).hasSize((int) (patients + immunizations));
            assertThat(in.get("Patient/" + DECEASED).path("deceased").asText()).isEqualTo("2009-02-06");
            Map<String, JsonNode> out = FhirImportTest.kept(List.of(job.folder.resolve("Patient.ndjson"), job.folder.resolve("Immunization.ndjson")));
            assertThat(out.keySet()).isEqualTo(in.keySet());
            in.forEach((key, node) -> assertThat(out.get(key)).as(key).isEqualTo(node));
        }
    }
}
