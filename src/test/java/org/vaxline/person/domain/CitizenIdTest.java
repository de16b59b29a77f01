package org.vaxline.person.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of a citizen ID, each refused by name; normalisation of names, phones and search text. */
class CitizenIdTest {
    private static final CitizenId RULE = OldProvinceCodes.RULE;
    private static final LocalDate BORN_1990 = LocalDate.of(1990, 5, 1);
    private static final LocalDate BORN_2005 = LocalDate.of(2005, 3, 9);

    @Test
    void theSixtyThreeOldProvincesAreAccepted() {
        assertThat(OldProvinceCodes.SET).hasSize(63).contains("001", "079", "096").doesNotContain("000", "003", "097");
    }

    @Test
    void validIdsFor1990MaleFromHanoiAnd2005FemaleFromHoChiMinhCity() {
        assertThat(RULE.faults("001090000123", BORN_1990, Sex.MALE)).isEmpty();
        assertThat(RULE.faults("079305004567", BORN_2005, Sex.FEMALE)).isEmpty();
        assertThat(RULE.faults("079305004567", null, null)).as("structure alone").isEmpty();
        assertThat(RULE.faults("001090000123", BORN_1990, Sex.OTHER)).as("OTHER is not checked against the sex digit").isEmpty();
    }

    @Test
    void eachPartFailsByName() {
        assertThat(RULE.faults("00109000012", BORN_1990, Sex.MALE)).containsExactly("must be 12 digits");
        assertThat(RULE.faults("00109000012A", BORN_1990, Sex.MALE)).containsExactly("must be 12 digits");
        assertThat(RULE.faults("003090000123", BORN_1990, Sex.MALE))
                .containsExactly("digits 1-3 (003) are not the code of a province");
        assertThat(RULE.faults("001290000123", BORN_1990, Sex.MALE))
                .containsExactly("digit 4 (2) means born 2000-2099, not in 1990");
        assertThat(RULE.faults("001190000123", BORN_1990, Sex.MALE)).containsExactly("digit 4 (1) means FEMALE, not MALE");
        assertThat(RULE.faults("001089000123", BORN_1990, Sex.MALE))
                .containsExactly("digits 5-6 (89) do not match the birth year 1990");
        assertThat(RULE.faults("097389000123", BORN_1990, Sex.MALE)).hasSize(4);
    }

    @Test
    void otherIdentityTypes() {
        assertThat(IdentityDocument.faults(IdentityType.PASSPORT, IdentityDocument.canonical(IdentityType.PASSPORT, "c 1234567"), RULE, null, null)).isEmpty();
        assertThat(IdentityDocument.faults(IdentityType.PASSPORT, "C12", RULE, null, null)).containsExactly("a passport number is 6 to 9 letters or digits");
        assertThat(IdentityDocument.faults(IdentityType.OTHER, "GKS-123/2010", RULE, null, null)).isEmpty();
        assertThat(IdentityDocument.faults(IdentityType.OTHER, "ab", RULE, null, null)).containsExactly("must be 3 to 32 characters");
    }

    @Test
    void namesAreNormalisedForSearch() {
        assertThat(PersonName.normalize("  Nguyễn   Văn An ")).isEqualTo("nguyen van an");
        assertThat(PersonName.normalize("ĐẶNG Thị Đào")).isEqualTo("dang thi dao");
        assertThat(PersonName.clean("  Nguyễn   Văn An ")).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void phonesAreNormalised() {
        assertThat(PhoneNumber.normalize("0912 345 678")).contains("+84912345678");
        assertThat(PhoneNumber.normalize("+84912345678")).contains("+84912345678");
        assertThat(PhoneNumber.normalize("84 912.345.678")).contains("+84912345678");
        assertThat(PhoneNumber.normalize("024 3825 1234")).contains("+842438251234");
        assertThat(PhoneNumber.normalize("12345")).isEmpty();
        assertThat(PhoneNumber.normalize("nguyen")).isEmpty();
    }

    @Test
    void searchTextIsAnIdentityAPhoneOrAName() {
        assertThat(PersonQuery.parse("001090000123")).contains(new PersonQuery.Identity("001090000123"));
        assertThat(PersonQuery.parse("c1234567")).contains(new PersonQuery.Identity("C1234567"));
        assertThat(PersonQuery.parse("0912 345 678")).contains(new PersonQuery.Phone("+84912345678"));
        assertThat(PersonQuery.parse("Nguyễn  Văn An")).contains(new PersonQuery.Name(java.util.List.of("nguyen", "van", "an")));
        assertThat(PersonQuery.parse("van%an")).contains(new PersonQuery.Name(java.util.List.of("van", "an")));
        assertThat(PersonQuery.parse("  ")).isEmpty();
    }
}
