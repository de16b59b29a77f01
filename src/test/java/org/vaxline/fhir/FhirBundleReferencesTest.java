package org.vaxline.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.fhir.mapping.Fhir;
import org.vaxline.fhir.mapping.FhirCodes;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.domain.Dose;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.fhir.FhirWorld.TODAY;

/**
 * A Bundle's patients, products, lots and sites are looked up once for the whole Bundle: each entry still gets the
 * answer, or the refusal, it would get alone. On both stores, over real HTTP: several entries for one patient and for
 * different ones (by id, by document, by a record merged away), good and bad entries mixed, a resend, a transaction
 * that one bad entry refuses whole, and historical entries sharing one new external product.
 */
class FhirBundleReferencesTest {
    @TempDir
    Path temp;

    private static final String LOT = "A2109-B";

    private static Bundle bundle(Bundle.BundleType type, List<Immunization> entries) {
        Bundle b = new Bundle().setType(type);
        for (Immunization imm : entries) {
            b.addEntry().setResource(imm).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Immunization");
        }
        return b;
    }

    private static Immunization dose(String identifier, UUID patient, int daysAgo) {
        return FhirWriteApiTest.immunization(identifier, patient, LOT, TODAY.minusDays(daysAgo));
    }

    private static String diagnostics(Bundle.BundleEntryComponent e) {
        return ((OperationOutcome) e.getResponse().getOutcome()).getIssueFirstRep().getDiagnostics();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void eachEntryOfABatchIsAnsweredAsIfAlone(Dialect dialect) {
        try (FhirWorld world = new FhirWorld(dialect, temp)) {
            HttpServer server = FhirReadApiTest.serve(world);
            try {
                FhirClient client = new FhirClient(server.port());
                world.stockedLot(LOT);
                UUID an = world.person("Nguyễn Văn An");
                UUID binh = world.personWith("Trần Thị Bình", "001090088801");
                UUID cuong = world.person("Lê Văn Cường");
                UUID cuongTwin = world.person("Lê Văn Cường");
                world.app.persons().mergePersons().merge(FhirWorld.ADMIN, Ids.newId(), cuong, cuongTwin, "same person");

                Immunization byDocument = dose("B-4", binh, 30);
                byDocument.setPatient(new Reference().setIdentifier(new Identifier().setSystem(FhirCodes.CCCD)
                        .setValue("0010 9008 8801")));
                Immunization unknownDocument = dose("B-5", binh, 30);
                unknownDocument.setPatient(new Reference().setIdentifier(new Identifier().setSystem(FhirCodes.CCCD)
                        .setValue("001090088899")));
                Immunization notAnId = dose("B-7", an, 30);
                notAnId.setPatient(new Reference("Patient/not-an-id"));
                Immunization unknownProduct = dose("B-8", an, 30);
                unknownProduct.getVaccineCode().getCodingFirstRep().setCode("999999");
                Immunization unknownLot = dose("B-9", binh, 2);
                unknownLot.setLotNumber("NO-SUCH-LOT");
                Immunization unknownSite = dose("B-10", binh, 2);
                unknownSite.setLocation(new Reference("Location/NO-SUCH-SITE"));
                Immunization notDone = dose("B-11", an, 30);
                notDone.setStatus(Immunization.ImmunizationStatus.NOTDONE);
                UUID nobody = UUID.randomUUID();

                List<Immunization> entries = List.of(
                        dose("B-1", an, 40), dose("B-2", an, 26), dose("B-3", an, 12), // one person's series, in one Bundle
                        byDocument, unknownDocument,
                        dose("B-6", cuongTwin, 20), // a record merged away: the dose is the survivor's
                        notAnId, unknownProduct, unknownLot, unknownSite, notDone,
                        dose("B-12", nobody, 20),
                        dose("B-13", binh, 25)); // five days after B-4: refused by the registry's own rule
                var answered = client.send("POST", "/fhir", FhirReadApiTest.ADMIN,
                        Fhir.encode(bundle(Bundle.BundleType.BATCH, entries)), null);
                assertThat(answered.status()).as(answered.body()).isEqualTo(200);
                List<Bundle.BundleEntryComponent> answers = answered.resource(Bundle.class).getEntry();
                assertThat(answers).extracting(e -> e.getResponse().getStatus()).containsExactly(
                        "201 Created", "201 Created", "201 Created", "201 Created", "422", "201 Created",
                        "422", "422", "422", "422", "422", "422", "422");
                assertThat(diagnostics(answers.get(4))).contains("no patient holds this document");
                assertThat(diagnostics(answers.get(6))).contains("must reference Patient/<id>");
                assertThat(diagnostics(answers.get(7))).contains("names no product of the catalog");
                assertThat(diagnostics(answers.get(8))).contains("no lot NO-SUCH-LOT");
                assertThat(diagnostics(answers.get(9))).contains("no site NO-SUCH-SITE");
                assertThat(diagnostics(answers.get(10))).contains("only completed immunizations");
                assertThat(diagnostics(answers.get(11))).contains("no patient " + nobody);
                assertThat(((OperationOutcome) answers.get(12).getResponse().getOutcome()).getIssueFirstRep().getDetails()
                        .getCodingFirstRep().getCode()).isEqualTo("DOSE_INTERVAL_TOO_SHORT");

                assertThat(world.app.registry().queries().givenTo(an)).extracting(Dose::doseNumber).containsExactly(1, 2, 3);
                assertThat(world.app.registry().queries().givenTo(binh)).extracting(Dose::doseNumber).containsExactly(1);
                assertThat(world.app.registry().queries().givenTo(cuong)).singleElement()
                        .satisfies(d -> assertThat(d.personId()).isEqualTo(cuong));
                assertThat(world.count("doses")).isEqualTo(5);

                // resent whole: the recorded entries answer 200 with the same doses, nothing is added
                var again = client.send("POST", "/fhir", FhirReadApiTest.ADMIN,
                        Fhir.encode(bundle(Bundle.BundleType.BATCH, entries)), null);
                List<Bundle.BundleEntryComponent> second = again.resource(Bundle.class).getEntry();
                for (int i : List.of(0, 1, 2, 3, 5)) {
                    assertThat(second.get(i).getResponse().getStatus()).isEqualTo("200 OK");
                    assertThat(second.get(i).getResponse().getLocation()).isEqualTo(answers.get(i).getResponse().getLocation());
                }
                assertThat(world.count("doses")).isEqualTo(5);
            } finally {
                server.stop();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void oneBadEntryRefusesATransactionOfManyPatientsWhole(Dialect dialect) {
        try (FhirWorld world = new FhirWorld(dialect, temp)) {
            HttpServer server = FhirReadApiTest.serve(world);
            try {
                FhirClient client = new FhirClient(server.port());
                world.stockedLot(LOT);
                List<UUID> people = new java.util.ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    people.add(world.person("Người Thứ " + i));
                }
                List<Immunization> entries = new java.util.ArrayList<>();
                for (int i = 0; i < people.size(); i++) {
                    entries.add(dose("T-" + i, people.get(i), 20));
                    entries.add(dose("T-" + i + "-b", people.get(i), 5));
                }
                Immunization stranger = dose("T-x", UUID.randomUUID(), 5);
                entries.add(17, stranger);
                var refused = client.send("POST", "/fhir", FhirReadApiTest.ADMIN,
                        Fhir.encode(bundle(Bundle.BundleType.TRANSACTION, entries)), null);
                assertThat(refused.status()).as(refused.body()).isEqualTo(422);
                assertThat(refused.resource(OperationOutcome.class).getIssueFirstRep().getDiagnostics())
                        .contains("entry[17]", "no patient " + stranger.getPatient().getReference().substring(8));
                assertThat(world.count("doses")).isZero();

                entries.remove(17);
                var committed = client.send("POST", "/fhir", FhirReadApiTest.ADMIN,
                        Fhir.encode(bundle(Bundle.BundleType.TRANSACTION, entries)), null);
                assertThat(committed.status()).as(committed.body()).isEqualTo(200);
                assertThat(committed.resource(Bundle.class).getEntry()).hasSize(24)
                        .allSatisfy(e -> assertThat(e.getResponse().getStatus()).isEqualTo("201 Created"));
                for (UUID person : people) {
                    assertThat(world.app.registry().queries().givenTo(person)).extracting(Dose::doseNumber).containsExactly(1, 2);
                }
            } finally {
                server.stop();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void historicalEntriesNamingOneNewProductShareIt(Dialect dialect) {
        try (FhirWorld world = new FhirWorld(dialect, temp)) {
            HttpServer server = FhirReadApiTest.serve(world);
            try {
                FhirClient client = new FhirClient(server.port());
                UUID an = world.person("Nguyễn Văn An");
                UUID binh = world.person("Trần Thị Bình");
                int productsBefore = world.app.catalog().externalProducts(FhirWorld.CLOCK).all().size();
                List<Immunization> entries = new java.util.ArrayList<>();
                for (UUID person : List.of(an, binh)) {
                    Immunization flu = HistoricalDoseTest.historical("FLU-" + person, person, TODAY.minusDays(300));
                    flu.getVaccineCode().getCodingFirstRep().setSystem("http://hl7.org/fhir/sid/cvx").setCode("140")
                            .setDisplay("Influenza, split virus, trivalent, PF");
                    entries.add(flu);
                }
                var answered = client.send("POST", "/fhir", FhirReadApiTest.ADMIN,
                        Fhir.encode(bundle(Bundle.BundleType.BATCH, entries)), null);
                assertThat(answered.resource(Bundle.class).getEntry()).extracting(e -> e.getResponse().getStatus())
                        .containsExactly("201 Created", "201 Created");
                assertThat(world.app.catalog().externalProducts(FhirWorld.CLOCK).all()).hasSize(productsBefore + 1);
                Dose anFlu = world.app.registry().queries().givenTo(an).get(0);
                Dose binhFlu = world.app.registry().queries().givenTo(binh).get(0);
                assertThat(anFlu.productId()).isEqualTo(binhFlu.productId());
                assertThat(anFlu.primarySource()).isFalse();
                assertThat(world.count("stock_movements")).isZero();
            } finally {
                server.stop();
            }
        }
    }
}
