package org.vaxline.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.fhir.mapping.Capability;
import org.vaxline.fhir.mapping.Fhir;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registryimport.application.ProgressListener;
import org.vaxline.registryimport.domain.ImportSummary;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FHIR R4 specification's Patient and Immunization examples (id {@code example}: Peter James Chalmers, Fluvax),
 * written here from the published R4 examples (the spec package is not on Maven Central): read in through
 * {@code fhir import}, written out by the facade, equal in what the registry keeps; every element it drops is named
 * in the CapabilityStatement's documentation.
 */
class OfficialExamplesRoundTripTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theR4ExamplesComeBackEqualInWhatTheRegistryKeeps(Dialect dialect) throws Exception {
        try (FhirWorld world = new FhirWorld(dialect, temp.resolve("store"))) {
            Path dir = Files.createDirectories(temp.resolve("examples"));
            String patientJson = resource("patient-example.json");
            String immunizationJson = resource("immunization-example.json");
            Files.writeString(dir.resolve("patient-example.json"), patientJson);
            Files.writeString(dir.resolve("immunization-example.json"), immunizationJson);
            ImportSummary s = world.app.fhir().imports().run(FhirWorld.ADMIN, dir, "01", temp.resolve("errors.csv"), ProgressListener.NONE);
            assertThat(Files.readAllLines(temp.resolve("errors.csv"))).hasSize(1);
            assertThat(s.created()).isEqualTo(2);

            Patient in = Fhir.json().parseResource(Patient.class, patientJson);
            UUID personId = org.vaxline.platform.id.Ids.fromName("fhir:Patient:example");
            Patient out = world.app.fhir().reads().patient(FhirWorld.ADMIN, personId);
            assertThat(out.getNameFirstRep().getFamily()).isEqualTo(in.getNameFirstRep().getFamily());
            assertThat(out.getNameFirstRep().getGiven()).extracting(g -> g.getValue())
                    .containsExactly("Peter", "James");
            assertThat(out.getGender()).isEqualTo(in.getGender());
            assertThat(out.getBirthDateElement().getValueAsString()).isEqualTo(in.getBirthDateElement().getValueAsString());
            assertThat(out.getIdentifier()).anySatisfy(i -> assertThat(i.getValue()).isEqualTo("12345"));

            Immunization inImm = Fhir.json().parseResource(Immunization.class, immunizationJson);
            UUID doseId = org.vaxline.platform.id.Ids.fromName("fhir:Immunization:urn:ietf:rfc:3986|urn:oid:1.3.6.1.4.1.21367.2005.3.7.1234");
            Immunization outImm = world.app.fhir().reads().immunization(FhirWorld.ADMIN, doseId);
            assertThat(outImm.getStatus()).isEqualTo(inImm.getStatus());
            assertThat(outImm.getVaccineCode().getCodingFirstRep().getSystem()).isEqualTo("urn:oid:1.2.36.1.2001.1005.17");
            assertThat(outImm.getVaccineCode().getCodingFirstRep().getCode()).isEqualTo("FLUVAX");
            assertThat(outImm.getVaccineCode().getText()).isEqualTo("Fluvax (Influenza)");
            assertThat(outImm.getPatient().getReference()).isEqualTo("Patient/" + personId);
            assertThat(outImm.getOccurrenceDateTimeType().getValueAsString()).isEqualTo("2013-01-10");
            assertThat(outImm.getLotNumber()).isEqualTo("AAJN11K");

            // every top-level element of the examples that does not come back is named in the CapabilityStatement
            List<String> dropped = new ArrayList<>();
            dropped.addAll(droppedElements(patientJson, Fhir.encode(out)));
            dropped.addAll(droppedElements(immunizationJson, Fhir.encode(outImm)));
            assertThat(dropped).contains("contact", "encounter", "site", "route", "doseQuantity", "isSubpotent");
            for (String element : dropped) {
                String name = element.startsWith("_") ? "extensions" : element.replace("Boolean", "");
                assertThat(Capability.NOT_KEPT).as("the documentation names " + element).contains(name);
            }
        }
    }

    private static List<String> droppedElements(String input, String output) throws Exception {
        JsonNode in = Json.mapper().readTree(input);
        JsonNode out = Json.mapper().readTree(output);
        List<String> dropped = new ArrayList<>();
        in.fieldNames().forEachRemaining(f -> {
            if (!out.has(f)) {
                dropped.add(f);
            }
        });
        return dropped;
    }

    private String resource(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fhir/r4-examples/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
