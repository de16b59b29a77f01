package org.vaxline.fhir;

import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaxline.fhir.application.DateRange;
import org.vaxline.fhir.mapping.Fhir;
import org.vaxline.fhir.mapping.FhirCodes;
import org.vaxline.fhir.mapping.PatientMapping;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.error.VaxlineException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pure mappings, with no store: dates of a search, a person as a Patient that HAPI re-reads to the same JSON. */
class FhirMappingTest {
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "2021-10-06, 2021-10-06, 2021-10-06",
            "eq2021-10, 2021-10-01, 2021-10-31",
            "ge2021, 2021-01-01, -",
            "gt2021-10-06, 2021-10-07, -",
            "le2021-10-06T10:00:00+07:00, -, 2021-10-06",
            "lt2021-10, -, 2021-09-30"})
    void dateSearchValuesAreRangesOfDays(String value, String from, String to) {
        DateRange r = DateRange.parse("date", value);
        assertThat(r.from()).isEqualTo(from == null ? null : LocalDate.parse(from));
        assertThat(r.to()).isEqualTo(to == null ? null : LocalDate.parse(to));
    }

    @Test
    void badDatesAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> DateRange.parse("date", "yesterday")).isInstanceOf(VaxlineException.class).hasMessageStartingWith("date:");
        assertThatThrownBy(() -> DateRange.parse("date", "ne2021")).isInstanceOf(VaxlineException.class);
    }

    @Test
    void aPersonIsAPatientThatRoundTripsThroughHapi() {
        UUID id = UUID.randomUUID();
        UUID merged = UUID.randomUUID();
        Person p = new Person(id, IdentityType.PASSPORT, "C1234567", "Phạm Thị Mai Anh", "pham thi mai anh",
                LocalDate.of(1985, 2, 3), Sex.FEMALE, null, "46", null, "OTHER", null, Instant.parse("2021-09-01T00:00:00Z"), "x");
        Patient patient = PatientMapping.toFhir(p, List.of(merged), "Huế");
        String json = Fhir.encode(patient);
        Patient back = Fhir.strictJson().parseResource(Patient.class, json);
        assertThat(Fhir.encode(back)).isEqualTo(json);
        assertThat(back.getIdentifier()).anySatisfy(i -> assertThat(i.getSystem() + "|" + i.getValue()).isEqualTo(FhirCodes.PASSPORT + "|C1234567"));
        assertThat(back.getNameFirstRep().getFamily()).isEqualTo("Phạm");
        assertThat(back.getNameFirstRep().getGiven()).extracting(Object::toString).containsExactly("Thị", "Mai", "Anh");
        assertThat(back.getAddressFirstRep().getState()).isEqualTo("Huế");
        assertThat(back.getLinkFirstRep().getOther().getReference()).isEqualTo("Patient/" + merged);
        assertThat(PatientMapping.birthDate(back)).isEqualTo(LocalDate.of(1985, 2, 3));
        assertThat(PatientMapping.sex(back.getGender())).isEqualTo(Sex.FEMALE);
        assertThat(PatientMapping.documentType(back.getIdentifier().get(1).getSystem())).isEqualTo(IdentityType.PASSPORT);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "'{\"resourceType\":\"Patient\",\"deceasedDateTime\":\"2009-02-06T12:45:24-03:00\"}', 2009-02-06",
            "'{\"resourceType\":\"Patient\",\"deceasedDateTime\":\"2009\"}', 2009",
            "'{\"resourceType\":\"Patient\",\"deceasedBoolean\":true}', ''",
            "'{\"resourceType\":\"Patient\",\"deceasedBoolean\":false}', -",
            "'{\"resourceType\":\"Patient\"}', -"})
    void aPatientIsDeceasedWhenItSaysSoWithTheDayItGives(String json, String said) {
        // the day as the record wrote it: a death at 23:00 in Kansas is not moved to the next day of another zone
        assertThat(PatientMapping.deceased(Fhir.json().parseResource(Patient.class, json)).orElse(null)).isEqualTo(said);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"2009-02-06, 2009-02-06", "2009, -", "2009-02, -", "'', -", "2009-02-30, -"})
    void onlyADayIsADayOfDeath(String said, LocalDate day) {
        assertThat(PatientMapping.deathDay(said)).isEqualTo(day);
    }

    @Test
    void aDeceasedPersonIsAPatientWithTheDayOfDeath() {
        Person p = new Person(UUID.randomUUID(), IdentityType.PASSPORT, "C1234567", "Phạm Thị Mai Anh", "pham thi mai anh",
                LocalDate.of(1985, 2, 3), Sex.FEMALE, null, "46", null, "OTHER", null, Instant.parse("2021-09-01T00:00:00Z"), "x");
        Patient alive = PatientMapping.toFhir(p, List.of(), "Huế");
        assertThat(alive.hasDeceased()).isFalse();
        Patient dead = PatientMapping.toFhir(org.vaxline.person.domain.DeathPolicy.died(p, LocalDate.of(2009, 2, 6)), List.of(), "Huế");
        assertThat(Fhir.encode(dead)).contains("\"deceasedDateTime\":\"2009-02-06\"");
        assertThat(PatientMapping.deceased(Fhir.strictJson().parseResource(Patient.class, Fhir.encode(dead)))).hasValue("2009-02-06");
    }

    @Test
    void aDeceasedPersonIsRecommendedNoFurtherDose() {
        var abdala = new org.vaxline.catalog.domain.Product(UUID.randomUUID(), "ABDALA", "Abdala", null, "vial", 0.5, 10,
                List.of(), 2, 8, 12, null, null, List.of(), List.of(), null, null);
        var open = new org.vaxline.registry.domain.Schedule("COVID-19", 1, 2, org.vaxline.registry.domain.DoseKind.PRIMARY,
                LocalDate.of(2021, 9, 14), LocalDate.of(2021, 9, 20), true, false);
        var standing = List.of(new org.vaxline.fhir.mapping.RecommendationMapping.SeriesStanding(open, abdala));
        UUID id = UUID.randomUUID();
        var alive = org.vaxline.fhir.mapping.RecommendationMapping.toFhir(id, standing, LocalDate.of(2021, 10, 1))
                .getRecommendationFirstRep();
        assertThat(alive.getForecastStatus().getCodingFirstRep().getCode()).isEqualTo("overdue");
        assertThat(alive.hasDoseNumber()).isTrue();
        var dead = org.vaxline.fhir.mapping.RecommendationMapping.toFhir(id, standing, LocalDate.of(2021, 10, 1),
                LocalDate.of(2021, 9, 25)).getRecommendationFirstRep();
        assertThat(dead.getForecastStatus().getCodingFirstRep().getCode()).isEqualTo("contraindicated");
        assertThat(dead.hasDoseNumber()).isFalse();
        assertThat(dead.getDateCriterion()).isEmpty();
        assertThat(dead.getDescription()).isEqualTo("1 dose(s) given; the person died on 2021-09-25: no further dose");
    }
}
