package org.vaxline.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.fhir.FhirWorld.TODAY;

/**
 * Pins the SQL the FHIR facade's hot paths send, counted as the store executes them: a Bundle sends as many statements
 * for 40 patients as for 4 (its patients, products, lots and sites are looked up once for the Bundle, and the registry
 * records its doses as one batch), and a Patient read of a record never merged reads one row besides its province and
 * its access-log entry.
 */
class FhirStatementsTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBundleSendsAsManyStatementsForFortyPatientsAsForFour(Dialect dialect) throws Exception {
        try (FhirWorld world = new FhirWorld(dialect, temp)) {
            world.stockedLot("A2109-S", 200);
            // the first doses of a run fill the registry's caches of master data: not what a Bundle costs
            recordBundle(world, people(world, 2, "Đầu"));
            List<UUID> four = people(world, 4, "Nhỏ");
            List<UUID> forty = people(world, 40, "Lớn");
            List<String> ofFour = statementsOf(world, () -> recordBundle(world, four));
            List<String> ofForty = statementsOf(world, () -> recordBundle(world, forty));
            System.out.println(dialect + ": " + ofForty.size() + " statements for a Bundle of 40\n  " + String.join("\n  ", ofForty));
            assertThat(ofForty).hasSameSizeAs(ofFour);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aPatientReadReadsOneRowBesideItsProvinceAndItsLogEntry(Dialect dialect) throws Exception {
        try (FhirWorld world = new FhirWorld(dialect, temp)) {
            UUID an = world.person("Nguyễn Văn An");
            List<String> read = statementsOf(world, () -> world.app.fhir().reads().patient(FhirWorld.ADMIN, an));
            System.out.println(dialect + ": a Patient read\n  " + String.join("\n  ", read));
            assertThat(read.stream().filter(sql -> sql.contains("FROM persons"))).hasSize(1);
            assertThat(read.stream().filter(sql -> sql.contains("person_merges"))).as("a record never merged").isEmpty();
            assertThat(read.stream().filter(sql -> sql.contains("INSERT INTO person_reads"))).hasSize(1);

            // a survivor of a merge still names what was merged into it
            UUID twin = world.person("Nguyễn Văn An");
            world.app.persons().mergePersons().merge(FhirWorld.ADMIN, Ids.newId(), an, twin, "same person");
            assertThat(world.app.fhir().reads().patient(FhirWorld.ADMIN, an).getLink())
                    .singleElement().satisfies(l -> assertThat(l.getOther().getReference()).isEqualTo("Patient/" + twin));
            assertThat(world.app.fhir().reads().patient(FhirWorld.ADMIN, twin).getIdElement().getIdPart()).isEqualTo(an.toString());
        }
    }

    /** New people of Hanoi, registered one at a time. */
    private static List<UUID> people(FhirWorld world, int n, String size) {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(world.person("Người " + size + " " + (char) ('A' + i % 26) + (char) ('a' + i / 26)));
        }
        return people;
    }

    private static void recordBundle(FhirWorld world, List<UUID> people) {
        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (UUID person : people) {
            tx.addEntry().setResource(FhirWriteApiTest.immunization("S-" + person, person, "A2109-S", TODAY.minusDays(20)))
                    .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Immunization");
        }
        assertThat(world.app.fhir().writes().bundle(FhirWorld.VACCINATOR, tx))
                .allSatisfy(o -> assertThat(o.recorded().isNew()).isTrue());
    }

    private static List<String> statementsOf(FhirWorld world, Runnable work) throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        try (AutoCloseable ignored = world.store.statements().listen(seen::add)) {
            work.run();
        }
        return List.copyOf(seen);
    }
}
