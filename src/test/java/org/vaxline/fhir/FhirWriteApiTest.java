package org.vaxline.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.fhir.mapping.Fhir;
import org.vaxline.fhir.mapping.FhirCodes;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.fhir.FhirWorld.TODAY;

/**
 * Immunizations written over real HTTP through the registry's own rules, on SQLite and PostgreSQL: stock taken, a resend
 * recorded once, a refusal an OperationOutcome, a transaction all or nothing, a batch entry by entry.
 */
class FhirWriteApiTest {
    @TempDir
    Path temp;

    static Immunization immunization(String identifier, UUID patient, String lot, LocalDate on) {
        Immunization imm = new Immunization();
        imm.addIdentifier().setSystem("https://hospital.example/immunizations").setValue(identifier);
        imm.setStatus(Immunization.ImmunizationStatus.COMPLETED);
        imm.getVaccineCode().addCoding().setSystem(FhirCodes.SNOMED).setCode("33391000087109");
        imm.setPatient(new Reference("Patient/" + patient));
        imm.setOccurrence(new DateTimeType(on.toString()));
        imm.setPrimarySource(true);
        imm.setLotNumber(lot);
        imm.setLocation(new Reference("Location/SITE-01-1-1"));
        return imm;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void recordsImmunizationsThroughTheRegistry(Dialect dialect) {
        try (FhirWorld world = new FhirWorld(dialect, temp)) {
            HttpServer server = FhirReadApiTest.serve(world);
            try {
                FhirClient client = new FhirClient(server.port());
                UUID an = world.person("Nguyễn Văn An");
                world.stockedLot("A2109-W");
                String body = Fhir.encode(immunization("H-1", an, "A2109-W", TODAY.minusDays(30)));
                var created = client.send("POST", "/fhir/Immunization", FhirReadApiTest.VACCINATOR, body, null);
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                assertThat(created.raw().headers().firstValue("Location")).isPresent();
                Immunization stored = created.resource(Immunization.class);
                assertThat(stored.getProtocolAppliedFirstRep().getDoseNumberPositiveIntType().getValue()).isEqualTo(1);
                var again = client.send("POST", "/fhir/Immunization", FhirReadApiTest.VACCINATOR, body, null);
                assertThat(again.status()).isEqualTo(200);
                assertThat(again.resource(Immunization.class).getIdElement().getIdPart()).isEqualTo(stored.getIdElement().getIdPart());
                assertThat(world.count("doses")).isEqualTo(1);

                var tooSoon = client.send("POST", "/fhir/Immunization", FhirReadApiTest.VACCINATOR,
                        Fhir.encode(immunization("H-2", an, "A2109-W", TODAY.minusDays(25))), null);
                assertThat(tooSoon.status()).isEqualTo(422);
                assertThat(tooSoon.resource(OperationOutcome.class).getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                        .isEqualTo("DOSE_INTERVAL_TOO_SHORT");
                assertThat(client.send("POST", "/fhir/Immunization", FhirReadApiTest.VACCINATOR, "{\"resourceType\":\"Immunization\",\"bogus\":1}", null)
                        .status()).isEqualTo(400);
                assertThat(client.send("POST", "/fhir/Immunization", null, body, null).status()).isEqualTo(401);

                Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
                tx.addEntry().setResource(immunization("H-3", an, "A2109-W", TODAY.minusDays(10)))
                        .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Immunization");
                tx.addEntry().setResource(immunization("H-4", an, "A2109-W", TODAY.minusDays(9)))
                        .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Immunization");
                var refused = client.send("POST", "/fhir", FhirReadApiTest.ADMIN, Fhir.encode(tx), null);
                assertThat(refused.status()).as(refused.body()).isEqualTo(422);
                assertThat(world.count("doses")).isEqualTo(1);

                Bundle batch = tx.copy().setType(Bundle.BundleType.BATCH);
                var answered = client.send("POST", "/fhir", FhirReadApiTest.ADMIN, Fhir.encode(batch), null);
                assertThat(answered.status()).as(answered.body()).isEqualTo(200);
                Bundle response = answered.resource(Bundle.class);
                assertThat(response.getType()).isEqualTo(Bundle.BundleType.BATCHRESPONSE);
                assertThat(response.getEntry()).extracting(e -> e.getResponse().getStatus()).containsExactly("201 Created", "422");
                assertThat(world.count("doses")).isEqualTo(2);

                Bundle ok = new Bundle().setType(Bundle.BundleType.TRANSACTION);
                UUID binh = world.person("Trần Thị Bình");
                ok.addEntry().setResource(immunization("H-5", binh, "A2109-W", TODAY.minusDays(20))).getRequest()
                        .setMethod(Bundle.HTTPVerb.POST).setUrl("Immunization");
                ok.addEntry().setResource(immunization("H-6", binh, "A2109-W", TODAY.minusDays(5))).getRequest()
                        .setMethod(Bundle.HTTPVerb.POST).setUrl("Immunization");
                var committed = client.send("POST", "/fhir", FhirReadApiTest.ADMIN, Fhir.encode(ok), null);
                assertThat(committed.status()).as(committed.body()).isEqualTo(200);
                assertThat(committed.resource(Bundle.class).getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
                assertThat(world.count("doses")).isEqualTo(4);
                assertThat(world.app.registry().queries().givenTo(binh)).extracting(d -> d.doseNumber()).containsExactly(1, 2);
            } finally {
                server.stop();
            }
        }
    }
}
