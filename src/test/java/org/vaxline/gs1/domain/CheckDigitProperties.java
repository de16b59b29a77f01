package org.vaxline.gs1.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Any GTIN with its computed check digit passes; any single-digit change of it is caught. */
class CheckDigitProperties {
    private static final Gs1Parser PARSER = new Gs1Parser(Year.of(2025));

    @Test
    void knownCheckDigits() {
        assertThat(CheckDigit.compute("0950600013435")).isEqualTo(2);
        assertThat(CheckDigit.isValid("09506000134352")).isTrue();
        assertThat(CheckDigit.isValid("4006381333931")).as("a GTIN-13").isTrue();
        assertThat(CheckDigit.isValid("106141411234567897")).as("an SSCC").isTrue();
        assertThat(CheckDigit.isValid("96385074")).as("a GTIN-8").isTrue();
    }

    @Property(tries = 300)
    void aGtinWithItsComputedCheckDigitPasses(@ForAll("gtins") String gtin) {
        assertThat(CheckDigit.isValid(gtin)).isTrue();
        assertThat(PARSER.parse("(01)" + gtin).gtin()).contains(gtin);
    }

    @Property(tries = 500)
    void anySingleDigitChangeFails(@ForAll("gtins") String gtin, @ForAll @IntRange(min = 0, max = 13) int position,
                                   @ForAll @IntRange(min = 1, max = 9) int shift) {
        char changed = (char) ('0' + (gtin.charAt(position) - '0' + shift) % 10);
        String typo = gtin.substring(0, position) + changed + gtin.substring(position + 1);

        assertThat(CheckDigit.isValid(typo)).isFalse();
        Gs1Exception rejection = catchThrowableOfType(Gs1Exception.class, () -> PARSER.parse("(01)" + typo));
        assertThat(rejection.code()).isEqualTo(Gs1Error.GS1_CHECK_DIGIT);
        assertThat(rejection.getMessage()).startsWith("AI (01) " + typo + ": check digit is " + typo.charAt(13));
    }

    /** GTIN-8, -12, -13 and -14, each held in AI (01) as 14 digits. */
    @Provide
    Arbitrary<String> gtins() {
        return Arbitraries.of(7, 11, 12, 13).flatMap(digits -> Arbitraries.strings().numeric().ofLength(digits))
                .map(CheckDigit::append)
                .map(gtin -> "0".repeat(14 - gtin.length()) + gtin);
    }
}
