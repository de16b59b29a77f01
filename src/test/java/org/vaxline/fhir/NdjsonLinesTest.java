package org.vaxline.fhir;

import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.vaxline.catalog.domain.Product;
import org.vaxline.catalog.domain.ProductCode;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.fhir.mapping.Fhir;
import org.vaxline.fhir.mapping.ImmunizationMapping;
import org.vaxline.fhir.mapping.NdjsonLines;
import org.vaxline.fhir.mapping.PatientMapping;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.Sex;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.DoseKind;
import org.vaxline.registry.domain.DoseReversal;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The export's own NDJSON writer says exactly what HAPI's encoder says: for every branch of the Patient and Immunization
 * mappings, each line is the same text as HAPI's encoding of the same resource, parses (HAPI, strictly) to the same
 * resource as that encoding does, and passes HAPI's validator. An element a mapping gains and the writer lacks fails here.
 */
class NdjsonLinesTest {
    private static final Instant AT = Instant.parse("2021-09-30T08:15:30.123Z");

    private static Person person(IdentityType type, String number, String name, LocalDate born, Sex sex, String phone,
                                 String province, Instant recordedAt, Instant correctedAt, LocalDate diedOn) {
        return new Person(UUID.randomUUID(), type, number, name, name.toLowerCase(), born, sex, phone, province, null,
                "HEALTH_WORKER", null, recordedAt, "nat.admin", correctedAt == null ? 0 : 1, correctedAt,
                correctedAt == null ? null : "nat.admin", diedOn);
    }

    private static List<Resource> patients() {
        return List.of(
                PatientMapping.toFhir(person(IdentityType.CCCD, "001090012345", "Nguyễn Thị \"Bé\" Hoa", LocalDate.of(1990, 5, 14),
                        Sex.FEMALE, "0912345678", "01", AT, AT.plusSeconds(60), LocalDate.of(2021, 9, 1)),
                        List.of(UUID.randomUUID(), UUID.randomUUID()), "Hà Nội"),
                PatientMapping.toFhir(person(IdentityType.PASSPORT, "C1234567", "Lê Văn Cường", null, Sex.MALE, null, "46", AT,
                        null, null), List.of(), null),
                PatientMapping.toFhir(person(IdentityType.OTHER, null, "Madonna", null, Sex.OTHER, null, null, null, null, null),
                        List.of(), null));
    }

    private static List<Resource> immunizations() {
        UUID person = UUID.randomUUID();
        Product abdala = new Product(UUID.randomUUID(), "ABDALA", "Abdala (CIGB-66)", UUID.randomUUID(), "solution", 0.5, 10,
                List.of(), 2, 8, 12, null, null, List.of(new ProductCode("SNOMED", "33391000087109"), new ProductCode("ICD-11", "XM1NL1"),
                new ProductCode("CIGB", "CIGB-66")), List.of(), null, null);
        Product flu = Product.external(UUID.randomUUID(), "EXT-CVX-140", "http://hl7.org/fhir/sid/cvx", "140",
                "Influenza, split virus, trivalent, PF");
        LotState lot = new LotState(UUID.randomUUID(), abdala.id(), "A2109", "08500001234567", LocalDate.of(2021, 3, 1),
                LocalDate.of(2022, 2, 28), LocalDate.of(2022, 1, 31), LotStatus.RELEASED, LocalDate.of(2021, 3, 15), false, Set.of());
        Facility site = new Facility(UUID.randomUUID(), "SITE-01-1-1", "Trạm Y tế Phường Phúc Xá", FacilityType.SITE, null, "01", null);
        Dose given = new Dose(UUID.randomUUID(), person, abdala.id(), lot.lotId(), site.id(), "01", LocalDate.of(2021, 9, 1), 2,
                "ABDALA-PRIMARY", DoseKind.PRIMARY, null, "travelling abroad", UUID.randomUUID(), AT, "hanoi.site");
        Dose booster = new Dose(UUID.randomUUID(), person, abdala.id(), lot.lotId(), site.id(), "01", LocalDate.of(2021, 9, 20), 1,
                "ABDALA", DoseKind.BOOSTER, null, null, UUID.randomUUID(), AT, "hanoi.site");
        DoseReversal reversal = new DoseReversal(UUID.randomUUID(), booster.id(), "wrong person", UUID.randomUUID(), "01",
                AT.plusSeconds(3600), "nat.admin");
        Dose elsewhere = new Dose(UUID.randomUUID(), person, flu.id(), null, null, "01", LocalDate.of(2020, 10, 3), 1,
                "EXT-CVX-140", DoseKind.PRIMARY, null, null, null, AT, "nat.admin", false, "FLU-20-77", "Bệnh viện Bạch Mai");
        Dose reported = new Dose(UUID.randomUUID(), person, abdala.id(), null, null, "01", LocalDate.of(2021, 7, 1), 1,
                "ABDALA-PRIMARY", DoseKind.PRIMARY, null, null, null, AT, "nat.admin", false, null, null);
        return List.of(
                ImmunizationMapping.toFhir(given, null, abdala, lot, site),
                ImmunizationMapping.toFhir(booster, reversal, abdala, lot, site),
                ImmunizationMapping.toFhir(elsewhere, null, flu, null, null),
                ImmunizationMapping.toFhir(reported, null, abdala, null, null));
    }

    private static List<String> lines(List<Resource> resources) throws IOException {
        StringWriter out = new StringWriter();
        try (NdjsonLines lines = new NdjsonLines(out)) {
            for (Resource r : resources) {
                lines.write(r);
            }
        }
        assertThat(out.toString()).endsWith("\n");
        return out.toString().lines().toList();
    }

    @Test
    void everyLineIsWhatHapiWouldHaveWritten() throws IOException {
        List<Resource> resources = new java.util.ArrayList<>(patients());
        resources.addAll(immunizations());
        List<String> lines = lines(resources);
        assertThat(lines).hasSize(resources.size());
        for (int i = 0; i < lines.size(); i++) {
            Resource r = resources.get(i);
            String line = lines.get(i);
            assertThat(line).isEqualTo(Fhir.encode(r));
            Resource parsed = (Resource) Fhir.strictJson().parseResource(line);
            assertThat(parsed.equalsDeep((Resource) Fhir.strictJson().parseResource(Fhir.encode(r)))).as(line).isTrue();
            assertThat(R4Validator.errors(line)).as(line).isEmpty();
        }
    }

    @Test
    void aResourceItDoesNotKnowIsRefusedNotHalfWritten() {
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> {
            try (NdjsonLines lines = new NdjsonLines(out)) {
                lines.write(new Organization().setName("CDC Hà Nội"));
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Organization");
        assertThat(out.toString()).isEmpty();
    }
}
