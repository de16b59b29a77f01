package org.vaxline.person.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Any ID built by the rules from any of the 63 codes, any birth date and sex validates; any wrong digit in the first six fails. */
class CitizenIdProperties {
    record Holder(String id, LocalDate born, Sex sex) {
    }

    @Provide
    Arbitrary<Holder> holders() {
        Arbitrary<String> province = Arbitraries.of(OldProvinceCodes.ALL);
        Arbitrary<LocalDate> born = Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2199, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Sex> sex = Arbitraries.of(Sex.MALE, Sex.FEMALE);
        Arbitrary<String> serial = Arbitraries.strings().numeric().ofLength(6);
        return net.jqwik.api.Combinators.combine(province, born, sex, serial).as((p, b, s, n) ->
                new Holder(p + CitizenId.centuryAndSexDigit(b.getYear(), s) + String.format("%02d", b.getYear() % 100) + n, b, s));
    }

    @Property(tries = 500)
    void anIdBuiltByTheRulesValidates(@ForAll("holders") Holder h) {
        assertThat(OldProvinceCodes.RULE.faults(h.id(), h.born(), h.sex())).isEmpty();
    }

    @Property(tries = 1000)
    void anyWrongDigitInTheFirstSixFails(@ForAll("holders") Holder h, @ForAll @IntRange(min = 0, max = 5) int position,
                                         @ForAll @IntRange(min = 1, max = 9) int shift) {
        char changed = (char) ('0' + (h.id().charAt(position) - '0' + shift) % 10);
        String typo = h.id().substring(0, position) + changed + h.id().substring(position + 1);
        // A typo in digits 1-3 that lands on another real province code cannot be told apart from that province.
        Assume.that(position >= 3 || !OldProvinceCodes.SET.contains(typo.substring(0, 3)));
        assertThat(OldProvinceCodes.RULE.faults(typo, h.born(), h.sex())).as(typo).isNotEmpty();
    }
}
