package org.vaxline.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.ImmunizationRecommendation;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.fhir.mapping.FhirCodes;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.domain.Dose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.fhir.FhirWorld.TODAY;

/** The FHIR facade's reads and searches over real HTTP in process, on SQLite; every answer parsed strictly by HAPI. */
class FhirReadApiTest {
    static final String ADMIN = "admin-token";
    static final String HUE = "hue-token";
    static final String VACCINATOR = "site-token";
    static final Map<String, Actor> TOKENS = Map.of(ADMIN, FhirWorld.ADMIN, HUE, FhirWorld.HUE_MANAGER, VACCINATOR, FhirWorld.VACCINATOR);

    @TempDir
    Path temp;

    static HttpServer serve(FhirWorld world) {
        return HttpServer.create(token -> Optional.ofNullable(TOKENS.get(token)), Set.of(), List.of(world.app.fhir().routes()),
                cfg -> {
                }).start("127.0.0.1", 0);
    }

    @Test
    void readsPatientsImmunizationsRecommendationsAndFacilities() {
        try (FhirWorld world = new FhirWorld(Dialect.SQLITE, temp)) {
            HttpServer server = serve(world);
            try {
                FhirClient client = new FhirClient(server.port());
                UUID an = world.personWith("Nguyễn Văn An", "001090099001");
                UUID lot = world.stockedLot("A2109-FHIR");
                Dose first = world.give(an, lot, TODAY.minusDays(20));
                Dose second = world.give(an, lot, TODAY.minusDays(3));
                world.app.registry().reverseDose().reverse(FhirWorld.ADMIN, Ids.newId(), second.id(), "wrong person");

                var metadata = client.get("/fhir/metadata", null);
                assertThat(metadata.status()).isEqualTo(200);
                assertThat(metadata.contentType()).startsWith("application/fhir+json");
                CapabilityStatement cs = metadata.resource(CapabilityStatement.class);
                assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
                assertThat(cs.getRestFirstRep().getResource()).extracting(r -> r.getType())
                        .contains("Patient", "Immunization", "ImmunizationRecommendation", "Organization", "Location");

                var unauthenticated = client.get("/fhir/Patient/" + an, null);
                assertThat(unauthenticated.status()).isEqualTo(401);
                OperationOutcome oo = unauthenticated.resource(OperationOutcome.class);
                assertThat(oo.getIssueFirstRep().getCode().toCode()).isEqualTo("login");

                int readsBefore = world.count("person_reads");
                var read = client.get("/fhir/Patient/" + an, ADMIN);
                assertThat(read.status()).as(read.body()).isEqualTo(200);
                Patient patient = read.resource(Patient.class);
                assertThat(patient.getIdElement().getIdPart()).isEqualTo(an.toString());
                assertThat(patient.getIdentifier()).anySatisfy(i -> {
                    assertThat(i.getSystem()).isEqualTo(FhirCodes.CCCD);
                    assertThat(i.getValue()).isEqualTo("001090099001");
                });
                assertThat(patient.getNameFirstRep().getText()).isEqualTo("Nguyễn Văn An");
                assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Nguyễn");
                assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1990-05-14");
                assertThat(patient.getGender().toCode()).isEqualTo("male");
                assertThat(patient.getTelecomFirstRep().getValue()).isEqualTo("+84912345678");
                assertThat(patient.getAddressFirstRep().getStateElement().getExtensionByUrl(FhirCodes.PROVINCE_EXTENSION)
                        .getValue().primitiveValue()).isEqualTo("01");
                assertThat(world.count("person_reads")).isEqualTo(readsBefore + 1);

                assertThat(client.get("/fhir/Patient/" + an, HUE).status()).isEqualTo(403);
                assertThat(client.get("/fhir/Patient/" + UUID.randomUUID(), ADMIN).status()).isEqualTo(404);

                Immunization imm = client.get("/fhir/Immunization/" + first.id(), ADMIN).resource(Immunization.class);
                assertThat(imm.getStatus()).isEqualTo(Immunization.ImmunizationStatus.COMPLETED);
                assertThat(imm.getVaccineCode().getCoding()).extracting(c -> c.getSystem() + "|" + c.getCode())
                        .contains(FhirCodes.SNOMED + "|33391000087109", FhirCodes.ICD11 + "|XM5JC5");
                assertThat(imm.getLotNumber()).isEqualTo("A2109-FHIR");
                assertThat(imm.getExpirationDateElement().getValueAsString()).isEqualTo("2022-02-28");
                assertThat(imm.getOccurrenceDateTimeType().getValueAsString()).isEqualTo(TODAY.minusDays(20).toString());
                assertThat(imm.getPatient().getReference()).isEqualTo("Patient/" + an);
                assertThat(imm.getLocation().getReference()).isEqualTo("Location/" + FhirWorld.SITE);
                assertThat(imm.getPerformerFirstRep().getActor().getReference()).isEqualTo("Organization/" + FhirWorld.SITE);
                assertThat(imm.getProtocolAppliedFirstRep().getDoseNumberPositiveIntType().getValue()).isEqualTo(1);
                assertThat(imm.getProtocolAppliedFirstRep().getSeries()).isEqualTo("COVID-19");
                Immunization reversed = client.get("/fhir/Immunization/" + second.id(), ADMIN).resource(Immunization.class);
                assertThat(reversed.getStatus()).isEqualTo(Immunization.ImmunizationStatus.ENTEREDINERROR);

                Bundle byPatient = client.get("/fhir/Immunization?patient=Patient/" + an, ADMIN).resource(Bundle.class);
                assertThat(byPatient.getEntry()).hasSize(1);
                Bundle byCode = client.get("/fhir/Immunization?vaccine-code=" + FhirCodes.SNOMED + "|33391000087109&date=ge"
                        + TODAY.minusDays(30) + "&lot-number=A2109-FHIR", ADMIN).resource(Bundle.class);
                assertThat(byCode.getEntry()).hasSize(1);
                assertThat(client.get("/fhir/Immunization?date=lt2000", ADMIN).resource(Bundle.class).getEntry()).isEmpty();
                assertThat(client.get("/fhir/Immunization?lot-number=NOPE", ADMIN).resource(Bundle.class).getEntry()).isEmpty();
                Bundle counted = client.get("/fhir/Immunization?patient=" + an + "&_summary=count", ADMIN).resource(Bundle.class);
                assertThat(counted.getTotal()).isEqualTo(1);
                assertThat(counted.getEntry()).isEmpty();
                var unknown = client.get("/fhir/Immunization?status=completed", ADMIN);
                assertThat(unknown.status()).isEqualTo(400);
                assertThat(unknown.resource(OperationOutcome.class).getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                        .isEqualTo("FHIR_SEARCH_INVALID");

                ImmunizationRecommendation rec = client.get("/fhir/ImmunizationRecommendation/" + an, ADMIN)
                        .resource(ImmunizationRecommendation.class);
                var r = rec.getRecommendationFirstRep();
                assertThat(r.getDoseNumberPositiveIntType().getValue()).isEqualTo(2);
                assertThat(r.getForecastStatus().getCodingFirstRep().getCode()).isEqualTo("overdue");
                assertThat(r.getDateCriterion()).extracting(c -> c.getCode().getCodingFirstRep().getCode() + "=" + c.getValueElement().getValueAsString())
                        .containsExactly("30981-5=" + TODAY.minusDays(6), "30980-7=" + TODAY.minusDays(6));

                Organization org = client.get("/fhir/Organization/" + FhirWorld.SITE, ADMIN).resource(Organization.class);
                assertThat(org.getIdentifierFirstRep().getValue()).isEqualTo("SITE-01-1-1");
                Location loc = client.get("/fhir/Location/SITE-01-1-1", ADMIN).resource(Location.class);
                assertThat(loc.getIdElement().getIdPart()).isEqualTo(FhirWorld.SITE.toString());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void searchesPatientsAndPagesWithLinks() {
        try (FhirWorld world = new FhirWorld(Dialect.SQLITE, temp)) {
            HttpServer server = serve(world);
            try {
                FhirClient client = new FhirClient(server.port());
                for (int i = 0; i < 5; i++) {
                    world.person("Trần Thị Bình " + (char) ('a' + i));
                }
                UUID an = world.personWith("Lê Văn Cường", "001090099002");
                Bundle byId = client.get("/fhir/Patient?identifier=" + FhirCodes.CCCD + "|001090099002", HUE).resource(Bundle.class);
                assertThat(byId.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart()).containsExactly(an.toString());
                Bundle byName = client.get("/fhir/Patient?name=tran%20thi%20binh&_count=2", ADMIN).resource(Bundle.class);
                assertThat(byName.getEntry()).hasSize(2);
                String next = byName.getLink("next").getUrl();
                int seen = 2;
                while (next != null) {
                    Bundle page = client.get(next, ADMIN).resource(Bundle.class);
                    seen += page.getEntry().size();
                    next = page.getLink("next") == null ? null : page.getLink("next").getUrl();
                }
                assertThat(seen).isEqualTo(5);
                Bundle byBirth = client.get("/fhir/Patient?birthdate=1990-05-14&_count=100", VACCINATOR).resource(Bundle.class);
                assertThat(byBirth.getEntry()).hasSize(6);
                Bundle none = client.get("/fhir/Patient?name=cuong&birthdate=2000-01-01", ADMIN).resource(Bundle.class);
                assertThat(none.getEntry()).isEmpty();
                assertThat(client.get("/fhir/Patient", ADMIN).status()).isEqualTo(400);
            } finally {
                server.stop();
            }
        }
    }
}
