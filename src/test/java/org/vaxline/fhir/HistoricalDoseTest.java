package org.vaxline.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.coverage.application.CoverageReport;
import org.vaxline.fhir.mapping.Fhir;
import org.vaxline.fhir.mapping.FhirCodes;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.application.HistoricalDoseRequest;
import org.vaxline.registry.domain.Dose;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Historical doses (primarySource false), on both stores: given elsewhere, they count toward the person's series,
 * schedule and coverage but move no stock; a resend adds nothing; a reversal gives nothing back to stock.
 */
class HistoricalDoseTest {
    @TempDir
    Path temp;

    static Immunization historical(String identifier, UUID patient, LocalDate on) {
        Immunization imm = new Immunization();
        imm.addIdentifier().setSystem("https://minsap.example.cu/vacunas").setValue(identifier);
        imm.setStatus(Immunization.ImmunizationStatus.COMPLETED);
        imm.getVaccineCode().addCoding().setSystem(FhirCodes.SNOMED).setCode("33391000087109");
        imm.setPatient(new Reference("Patient/" + patient));
        imm.setOccurrence(new org.hl7.fhir.r4.model.DateTimeType(on.toString()));
        imm.setPrimarySource(false);
        imm.setLotNumber("CU-ABD-2107");
        imm.setLocation(new Reference().setDisplay("Policlínico Plaza, La Habana, CU"));
        return imm;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDoseGivenElsewhereCountsTowardTheSeriesButMovesNoStock(Dialect dialect) {
        try (FhirWorld world = new FhirWorld(dialect, temp)) {
            HttpServer server = FhirReadApiTest.serve(world);
            try {
                FhirClient client = new FhirClient(server.port());
                UUID an = world.person("Nguyễn Văn An");
                UUID lot = world.stockedLot("A2109-H");
                int movementsBefore = world.count("stock_movements");

                String body = Fhir.encode(historical("CU-1", an, LocalDate.parse("2021-08-01")));
                var created = client.send("POST", "/fhir/Immunization", FhirReadApiTest.VACCINATOR, body, null);
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                Immunization stored = created.resource(Immunization.class);
                assertThat(stored.getPrimarySource()).isFalse();
                assertThat(stored.getLotNumber()).isEqualTo("CU-ABD-2107");
                assertThat(stored.getLocation().getDisplay()).isEqualTo("Policlínico Plaza, La Habana, CU");
                assertThat(stored.getReportOrigin().getCodingFirstRep().getCode()).isEqualTo("record");
                assertThat(stored.getProtocolAppliedFirstRep().getDoseNumberPositiveIntType().getValue()).isEqualTo(1);
                assertThat(client.send("POST", "/fhir/Immunization", FhirReadApiTest.VACCINATOR, body, null).status()).isEqualTo(200);
                assertThat(world.count("doses")).isEqualTo(1);
                assertThat(world.count("stock_movements")).as("no stock moved").isEqualTo(movementsBefore);

                // the next dose here is the second of the series, and only it takes stock
                Dose second = world.give(an, lot, LocalDate.parse("2021-09-20"));
                assertThat(second.doseNumber()).isEqualTo(2);
                assertThat(world.app.stock().queries().onHand(FhirWorld.SITE, null, null, null).lines())
                        .singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(99));
                var schedule = world.app.registry().queries().ofPerson(an).schedules().get(0);
                assertThat(schedule.nextDoseNumber()).isEqualTo(3);
                CoverageReport coverage = world.app.coverage().queries().report("province", null, null, null, null);
                assertThat(coverage.groups()).singleElement().satisfies(g -> {
                    assertThat(g.firstDose()).isEqualTo(1);
                    assertThat(g.secondDose()).isEqualTo(1);
                });
                CoverageReport august = world.app.coverage().queries().report("day", null, null,
                        LocalDate.parse("2021-08-01"), LocalDate.parse("2021-08-01"));
                assertThat(august.groups()).singleElement().satisfies(g -> assertThat(g.firstDose()).isEqualTo(1));
                assertThat(world.app.coverage().recount().matched()).isTrue();

                // a batch: one more historical dose, one before the person's birth (refused, nothing of it kept)
                Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
                batch.addEntry().setResource(historical("CU-0", an, LocalDate.parse("2021-07-15"))).getRequest()
                        .setMethod(Bundle.HTTPVerb.POST).setUrl("Immunization");
                batch.addEntry().setResource(historical("CU-X", an, LocalDate.parse("1980-01-01"))).getRequest()
                        .setMethod(Bundle.HTTPVerb.POST).setUrl("Immunization");
                var answered = client.send("POST", "/fhir", FhirReadApiTest.ADMIN, Fhir.encode(batch), null);
                assertThat(answered.resource(Bundle.class).getEntry()).extracting(e -> e.getResponse().getStatus())
                        .containsExactly("201 Created", "422");
                assertThat(world.count("doses")).isEqualTo(3);
                assertThat(world.count("stock_movements")).isEqualTo(movementsBefore + 1);
                assertThat(world.app.registry().queries().ofPerson(an).schedules().get(0).nextDoseNumber()).isEqualTo(4);

                // a vaccinator of another province may not write it; a resend under the same id with other content conflicts
                var hue = client.send("POST", "/fhir/Immunization", FhirReadApiTest.HUE,
                        Fhir.encode(historical("CU-9", an, LocalDate.parse("2021-07-20"))), null);
                assertThat(hue.status()).isEqualTo(403);
                Immunization changed = historical("CU-1", an, LocalDate.parse("2021-08-02"));
                var conflict = client.send("POST", "/fhir/Immunization", FhirReadApiTest.ADMIN, Fhir.encode(changed), null);
                assertThat(conflict.status()).isEqualTo(409);
                assertThat(conflict.resource(OperationOutcome.class).getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                        .isEqualTo("IDEMPOTENCY_CONFLICT");

                // reversed in error: the series follows, and nothing goes back to stock
                UUID historicalId = UUID.fromString(stored.getIdElement().getIdPart());
                world.app.registry().reverseDose().reverse(FhirWorld.ADMIN, Ids.newId(), historicalId, "another person's card");
                assertThat(world.count("stock_movements")).isEqualTo(movementsBefore + 1);
                assertThat(world.app.registry().queries().ofPerson(an).schedules().get(0).nextDoseNumber()).isEqualTo(3);
                assertThat(world.app.coverage().recount().matched()).isTrue();
            } finally {
                server.stop();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theUseCaseChecksItsInputAndTheDay(Dialect dialect) {
        try (FhirWorld world = new FhirWorld(dialect, temp)) {
            UUID an = world.person("Lê Thị Hoa");
            var record = world.app.registry().recordHistoricalDose();
            assertThatThrownBy(() -> record.record(FhirWorld.ADMIN, new HistoricalDoseRequest(null, an, null, null, null, null)))
                    .hasMessageContaining("productId").hasMessageContaining("givenOn");
            assertThatThrownBy(() -> record.record(FhirWorld.ADMIN, new HistoricalDoseRequest(null, an, world.abdala,
                    FhirWorld.TODAY.plusDays(1), null, null))).hasMessageContaining("today");
            assertThatThrownBy(() -> record.record(FhirWorld.AUDITOR, new HistoricalDoseRequest(null, an, world.abdala,
                    FhirWorld.TODAY, null, null))).hasMessageContaining("may not");
            assertThat(world.count("doses")).isZero();
            Dose dose = record.record(FhirWorld.ADMIN, new HistoricalDoseRequest(null, an, world.abdala, FhirWorld.TODAY, " ", "VN")).value();
            // an adverse event cannot be counted against a lot that is not ours
            assertThatThrownBy(() -> world.app.aefi().reportAefi().report(FhirWorld.ADMIN, new org.vaxline.aefi.application.AefiRequest(
                    null, dose.id(), java.time.Instant.parse("2021-10-01T08:00:00Z"), org.vaxline.aefi.domain.Seriousness.NON_SERIOUS,
                    null, null, org.vaxline.aefi.domain.AefiOutcome.RECOVERED, "fever")))
                    .hasMessageContaining("given elsewhere");
            assertThat(dose.historical()).isTrue();
            assertThat(dose.lotId()).isNull();
            assertThat(dose.reportedLotNumber()).isNull();
            assertThat(dose.provinceCode()).isEqualTo("01");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aVaccineTheCatalogLacksIsKeptAsAnExternalProduct(Dialect dialect) {
        try (FhirWorld world = new FhirWorld(dialect, temp)) {
            HttpServer server = FhirReadApiTest.serve(world);
            try {
                FhirClient client = new FhirClient(server.port());
                UUID an = world.person("Võ Thị Lan");
                Immunization flu = historical("FLU-1", an, LocalDate.parse("2020-10-15"));
                flu.getVaccineCode().getCoding().clear();
                flu.getVaccineCode().addCoding().setSystem("http://hl7.org/fhir/sid/cvx").setCode("140")
                        .setDisplay("Influenza, seasonal, injectable, preservative free");
                var created = client.send("POST", "/fhir/Immunization", FhirReadApiTest.ADMIN, Fhir.encode(flu), null);
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                var coding = created.resource(Immunization.class).getVaccineCode().getCoding();
                assertThat(coding).singleElement().satisfies(c -> {
                    assertThat(c.getSystem()).isEqualTo("http://hl7.org/fhir/sid/cvx");
                    assertThat(c.getCode()).isEqualTo("140");
                });
                var product = world.app.catalog().catalog().productByCode("CVX-140").orElseThrow();
                assertThat(product.outsideCatalog()).isTrue();
                assertThat(product.name()).isEqualTo("Influenza, seasonal, injectable, preservative free");
                // a second record of the same vaccine finds the same product; the catalog's own list is unchanged
                var second = client.send("POST", "/fhir/Immunization", FhirReadApiTest.ADMIN,
                        Fhir.encode(flu.copy().setIdentifier(java.util.List.of(new org.hl7.fhir.r4.model.Identifier()
                                .setSystem("https://minsap.example.cu/vacunas").setValue("FLU-2")))
                                .setOccurrence(new org.hl7.fhir.r4.model.DateTimeType("2021-09-15"))), null);
                assertThat(second.status()).as(second.body()).isEqualTo(201);
                assertThat(world.count("external_product")).isEqualTo(1);
                assertThat(world.app.catalog().catalog().products(null, 100)).noneMatch(p -> p.outsideCatalog());
                assertThat(world.app.registry().queries().givenTo(an)).extracting(Dose::seriesCode).containsOnly("CVX-140");
                CoverageReport coverage = world.app.coverage().queries().report("province", "CVX-140", null, null, null);
                assertThat(coverage.groups()).singleElement().satisfies(g -> {
                    assertThat(g.firstDose()).isEqualTo(1);
                    assertThat(g.completeSeries()).as("its regimen is not known").isZero();
                });
                // a dose given here must be of a catalog product from our stock
                Immunization here = historical("FLU-3", an, LocalDate.parse("2021-09-20")).setPrimarySource(true);
                here.setVaccineCode(flu.getVaccineCode());
                assertThat(client.send("POST", "/fhir/Immunization", FhirReadApiTest.ADMIN, Fhir.encode(here), null).status())
                        .isEqualTo(422);
            } finally {
                server.stop();
            }
        }
    }
}
