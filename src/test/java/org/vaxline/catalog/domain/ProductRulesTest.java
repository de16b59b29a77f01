package org.vaxline.catalog.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProductRulesTest {
    @Test
    void aThreeDoseRegimenPasses() {
        assertThat(errors(product(List.of(new RegimenDose(1, 0, 0), new RegimenDose(2, 14, 14), new RegimenDose(3, 14, 21)))))
                .isEmpty();
    }

    @Test
    void everyRegimenFaultIsNamedWithItsPath() {
        Map<String, String> errors = errors(product(List.of(
                new RegimenDose(1, 3, 0), new RegimenDose(3, 0, 14), new RegimenDose(3, 21, 14))));
        assertThat(errors).containsOnlyKeys("p.regimen[0].minIntervalDays", "p.regimen[1].number",
                "p.regimen[1].minIntervalDays", "p.regimen[2].recommendedIntervalDays");
    }

    @Test
    void anEmptyRegimenAndOtherFieldFaultsAreAllNamed() {
        Product bad = new Product(null, "abdala", "", null, " ", 0, 0, List.of(), 8, 2, 0, 400,
                new OpenVialPolicy(OpenVialKind.DISCARD_AFTER_HOURS, null),
                List.of(new ProductCode("SNOMED", "1"), new ProductCode("SNOMED", "2")), List.of("12345"), null);
        assertThat(errors(bad)).containsOnlyKeys("p.id", "p.code", "p.name", "p.makerId", "p.form", "p.doseVolumeMl",
                "p.dosesPerVial", "p.storageMaxC", "p.shelfLifeMonths", "p.expiryWarningDays", "p.openVialPolicy.hours", "p.regimen",
                "p.codes[1].system", "p.gtins[0]");
    }

    @Test
    void eligibleAgesAreWholeYearsInOrder() {
        assertThat(errors(withAges(new AgeRange(2, null)))).isEmpty();
        assertThat(errors(withAges(new AgeRange(2, 18)))).isEmpty();
        assertThat(errors(withAges(null))).isEmpty();
        assertThat(errors(withAges(new AgeRange(-1, 200)))).containsOnlyKeys("p.eligibleAge.minYears", "p.eligibleAge.maxYears");
        assertThat(errors(withAges(new AgeRange(18, 2)))).containsOnlyKeys("p.eligibleAge.maxYears");
        assertThat(withAges(new AgeRange(null, null)).eligibleAge()).as("no bound is no range").isNull();
        assertThat(withAges(null).eligibleAgeOrAny()).isEqualTo(AgeRange.ANY);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "[{0}, {1}] contains {2}: {3}; reads ''{4}''")
    @org.junit.jupiter.params.provider.CsvSource({
            "2,  '', 1,  false, ages 2 and over",
            "2,  '', 2,  true,  ages 2 and over",
            "2,  18, 18, true,  ages 2 to 18",
            "2,  18, 19, false, ages 2 to 18",
            "'', 17, 0,  true,  ages up to 17",
            "'', '', 99, true,  any age"})
    void anAgeRangeIncludesBothBounds(String min, String max, int age, boolean contained, String reads) {
        AgeRange range = new AgeRange(min.isEmpty() ? null : Integer.valueOf(min), max.isEmpty() ? null : Integer.valueOf(max));
        assertThat(range.contains(age)).isEqualTo(contained);
        assertThat(range.describe()).isEqualTo(reads);
    }

    private static Product withAges(AgeRange ages) {
        Product p = product(List.of(new RegimenDose(1, 0, 0)));
        return new Product(p.id(), p.code(), p.name(), p.makerId(), p.form(), p.doseVolumeMl(), p.dosesPerVial(), p.regimen(),
                p.storageMinC(), p.storageMaxC(), p.shelfLifeMonths(), p.expiryWarningDays(), p.openVialPolicy(), p.codes(),
                p.gtins(), p.note(), ages);
    }

    @Test
    void gtinCheckDigits() {
        assertThat(ProductRules.validGtin("04006381333931")).isTrue();
        assertThat(ProductRules.validGtin("4006381333931")).isTrue();
        assertThat(ProductRules.validGtin("4006381333932")).isFalse();
    }

    @Property(tries = 200)
    void anyLaterDoseDueNoSoonerThanItCountsPasses(@ForAll @IntRange(min = 1, max = 365) int min,
                                                   @ForAll @IntRange(min = 0, max = 365) int extra) {
        assertThat(errors(product(List.of(new RegimenDose(1, 0, 0), new RegimenDose(2, min, min + extra))))).isEmpty();
        assertThat(errors(product(List.of(new RegimenDose(1, 0, 0), new RegimenDose(2, min, min - 1)))))
                .containsOnlyKeys("p.regimen[1].recommendedIntervalDays");
    }

    private static Product product(List<RegimenDose> regimen) {
        return new Product(UUID.randomUUID(), "ABDALA", "Abdala", UUID.randomUUID(), "protein subunit", 0.5, 10, regimen,
                2, 8, 6, null, OpenVialPolicy.discardAfterHours(6), List.of(), List.of(), null);
    }

    private static Map<String, String> errors(Product p) {
        Violations v = new Violations();
        ProductRules.check(p, "p", v);
        return v.isEmpty() ? Map.of() : catchThrowableOfType(VaxlineException.class, v::throwIfAny).fieldErrors();
    }
}
