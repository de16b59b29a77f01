package org.vaxline.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.fhir.mapping.Fhir;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.fhir.FhirWorld.TODAY;

/** Bulk Data export over real HTTP: kick-off 202 with Content-Location, polling, the manifest and its NDJSON files. */
class FhirExportApiTest {
    @TempDir
    Path temp;

    @Test
    void exportsPatientsAndImmunizationsAsNdjson() throws Exception {
        try (FhirWorld world = new FhirWorld(Dialect.SQLITE, temp)) {
            HttpServer server = FhirReadApiTest.serve(world);
            try {
                FhirClient client = new FhirClient(server.port());
                UUID lot = world.stockedLot("A2109-X");
                for (int i = 0; i < 3; i++) {
                    world.give(world.person("Người " + i), lot, TODAY.minusDays(5));
                }
                var kickoff = client.get("/fhir/Group/01/$export?_type=Patient,Immunization", FhirReadApiTest.ADMIN);
                assertThat(kickoff.status()).as(kickoff.body()).isEqualTo(202);
                String poll = kickoff.raw().headers().firstValue("Content-Location").orElseThrow();
                FhirClient.Answer manifest = client.get(poll, FhirReadApiTest.ADMIN);
                for (int i = 0; i < 100 && manifest.status() == 202; i++) {
                    Thread.sleep(100);
                    manifest = client.get(poll, FhirReadApiTest.ADMIN);
                }
                assertThat(manifest.status()).as(manifest.body()).isEqualTo(200);
                JsonNode output = manifest.json().path("output");
                assertThat(output).hasSize(2);
                for (JsonNode file : output) {
                    var ndjson = client.get(file.path("url").asText(), FhirReadApiTest.ADMIN);
                    assertThat(ndjson.status()).isEqualTo(200);
                    String[] lines = ndjson.body().split("\n");
                    assertThat(lines).hasSize(3);
                    assertThat((long) lines.length).isEqualTo(file.path("count").asLong());
                    Class<? extends org.hl7.fhir.r4.model.Resource> type = file.path("type").asText().equals("Patient")
                            ? Patient.class : Immunization.class;
                    for (String line : lines) {
                        assertThat(Fhir.encode(Fhir.strictJson().parseResource(type, line))).isEqualTo(line);
                    }
                }
                int logged = world.store.read(h -> h.createQuery("SELECT COUNT(DISTINCT person_id) FROM person_reads"
                        + " WHERE purpose = 'FHIR_EXPORT' AND read_by = 'nat.admin' AND province_code = '01'").mapTo(Integer.class).one());
                assertThat(logged)
                        .as("every person exported is in the access log").isEqualTo(3);
                assertThat(client.get(poll, FhirReadApiTest.HUE).status()).isEqualTo(404);
                assertThat(client.get("/fhir/Group/01/$export", FhirReadApiTest.HUE).status()).isEqualTo(403);
                assertThat(client.get("/fhir/$export?_type=Observation", FhirReadApiTest.ADMIN).status()).isEqualTo(400);
                var since = client.get("/fhir/$export?_since=2030-01-01T00:00:00Z", FhirReadApiTest.ADMIN);
                assertThat(since.status()).isEqualTo(202);
            } finally {
                server.stop();
            }
        }
    }
}
