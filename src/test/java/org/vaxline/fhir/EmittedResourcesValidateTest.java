package org.vaxline.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.domain.Dose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.fhir.FhirWorld.TODAY;

/**
 * Everything the facade emits, fetched over real HTTP, passes HAPI's instance validator against the R4 base profiles
 * with no error: each kind of resource, a searchset Bundle, the errors as OperationOutcomes, and every bulk NDJSON line.
 */
class EmittedResourcesValidateTest {
    static final String ADMIN = FhirReadApiTest.ADMIN;

    @TempDir
    Path temp;

    @Test
    void everyResourceTheFacadeEmitsIsValidR4() throws Exception {
        try (FhirWorld world = new FhirWorld(Dialect.SQLITE, temp)) {
            HttpServer server = FhirReadApiTest.serve(world);
            try {
                FhirClient client = new FhirClient(server.port());
                UUID an = world.personWith("Nguyễn Văn An", "001090099501");
                UUID lot = world.stockedLot("A2109-VAL");
                Dose first = world.give(an, lot, TODAY.minusDays(20));
                Dose second = world.give(an, lot, TODAY.minusDays(3));
                world.app.registry().reverseDose().reverse(FhirWorld.ADMIN, Ids.newId(), second.id(), "wrong person");

                List<String> paths = List.of(
                        "/fhir/metadata",
                        "/fhir/Patient/" + an,
                        "/fhir/Immunization/" + first.id(),
                        "/fhir/Immunization/" + second.id(),
                        "/fhir/ImmunizationRecommendation/" + an,
                        "/fhir/Organization/" + FhirWorld.SITE,
                        "/fhir/Location/" + FhirWorld.SITE,
                        "/fhir/Patient?identifier=" + org.vaxline.fhir.mapping.FhirCodes.CCCD + "|001090099501",
                        "/fhir/Immunization?patient=Patient/" + an + "&_count=1",
                        "/fhir/Immunization?patient=" + an + "&_summary=count",
                        "/fhir/Immunization?status=completed",
                        "/fhir/Patient/" + UUID.randomUUID());
                for (String path : paths) {
                    var answer = client.get(path, ADMIN);
                    assertThat(R4Validator.errors(answer.body())).as(path + " → " + answer.body()).isEmpty();
                }
                var unauthenticated = client.get("/fhir/Patient/" + an, null);
                assertThat(unauthenticated.status()).isEqualTo(401);
                assertThat(R4Validator.errors(unauthenticated.body())).as(unauthenticated.body()).isEmpty();

                for (String line : exportedLines(client)) {
                    assertThat(R4Validator.errors(line)).as(line).isEmpty();
                }
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void theValidatorFindsWhatIsWrong() {
        // An Immunization without its required patient, with an unknown status and a malformed date: the check above
        // would be worth nothing if the validator passed this
        String broken = "{\"resourceType\":\"Immunization\",\"status\":\"done\",\"vaccineCode\":{\"text\":\"x\"},"
                + "\"occurrenceDateTime\":\"2021-13-45\"}";
        assertThat(R4Validator.errors(broken)).anySatisfy(e -> assertThat(e).contains("Immunization.patient"))
                .anySatisfy(e -> assertThat(e).contains("done"));
    }

    private static List<String> exportedLines(FhirClient client) throws InterruptedException {
        var kickoff = client.get("/fhir/$export", ADMIN);
        assertThat(kickoff.status()).as(kickoff.body()).isEqualTo(202);
        String poll = kickoff.raw().headers().firstValue("Content-Location").orElseThrow();
        FhirClient.Answer manifest = client.get(poll, ADMIN);
        for (int i = 0; i < 100 && manifest.status() == 202; i++) {
            Thread.sleep(100);
            manifest = client.get(poll, ADMIN);
        }
        assertThat(manifest.status()).as(manifest.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode file : manifest.json().path("output")) {
            lines.addAll(client.get(file.path("url").asText(), ADMIN).body().lines().toList());
        }
        assertThat(lines).isNotEmpty();
        return lines;
    }
}
