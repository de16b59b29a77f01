package org.vaxline.gs1.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendering elements to the bracketed and to the raw form and parsing them back gives the same map, in order. */
class RoundTripProperties {
    private static final Year REFERENCE = Year.of(2025);
    private static final String CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    @Property(tries = 300)
    void bracketedRoundTrip(@ForAll("elementStrings") Map<String, String> elements) {
        String bracketed = ElementStringRenderer.bracketed(elements);

        assertThat(new Gs1Parser(REFERENCE).parse(bracketed).elements()).containsExactlyEntriesOf(elements);
    }

    @Property(tries = 300)
    void rawRoundTrip(@ForAll("elementStrings") Map<String, String> elements) {
        String raw = ElementStringRenderer.raw(elements);
        Gs1Parser parser = new Gs1Parser(REFERENCE);

        assertThat(parser.parse(raw).elements()).containsExactlyEntriesOf(elements);
        assertThat(parser.parse("]d2" + ElementStringRenderer.GS + raw).elements()).containsExactlyEntriesOf(elements);
    }

    @Provide
    Arbitrary<Map<String, String>> elementStrings() {
        Map<String, Arbitrary<String>> byAi = new LinkedHashMap<>();
        byAi.put("00", withCheckDigit(17));
        byAi.put("01", withCheckDigit(13));
        byAi.put("02", withCheckDigit(13));
        byAi.put("10", cset82(20));
        byAi.put("11", dates(false));
        byAi.put("15", dates(true));
        byAi.put("17", dates(true));
        byAi.put("20", Arbitraries.strings().numeric().ofLength(2));
        byAi.put("21", cset82(20));
        byAi.put("30", Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8));
        byAi.put("37", Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8));
        byAi.put("240", cset82(30));
        byAi.put("400", cset82(30));
        byAi.put("402", withCheckDigit(16));
        byAi.put("414", withCheckDigit(12));
        List<String> ais = new ArrayList<>(byAi.keySet());
        return Arbitraries.subsetOf(ais).ofMinSize(1).flatMap(chosen -> {
            List<String> order = new ArrayList<>(chosen);
            Collections.sort(order);
            return Arbitraries.shuffle(order).flatMap(shuffled -> Combinators.combine(
                    shuffled.stream().map(byAi::get).toList()).as(values -> {
                Map<String, String> elements = new LinkedHashMap<>();
                for (int i = 0; i < shuffled.size(); i++) {
                    elements.put(shuffled.get(i), values.get(i));
                }
                return elements;
            }));
        });
    }

    private static Arbitrary<String> withCheckDigit(int digits) {
        return Arbitraries.strings().numeric().ofLength(digits).map(CheckDigit::append);
    }

    /** Values of set 82, less the text {@code <GS>} that pasted scanner data uses for a separator. */
    private static Arbitrary<String> cset82(int maxLength) {
        return Arbitraries.strings().withChars(CSET82.toCharArray()).ofMinLength(1).ofMaxLength(maxLength)
                .filter(value -> !value.toUpperCase(Locale.ROOT).contains("<GS>"));
    }

    private static Arbitrary<String> dates(boolean dayZero) {
        Arbitrary<String> days = Arbitraries.longs().between(0, 36_000)
                .map(offset -> LocalDate.of(1976, 1, 1).plusDays(offset).format(YYMMDD));
        Arbitrary<String> monthEnds = Arbitraries.integers().between(0, 99).flatMap(yy ->
                Arbitraries.integers().between(1, 12).map(mm -> String.format("%02d%02d00", yy, mm)));
        return dayZero ? Arbitraries.oneOf(days, monthEnds) : days;
    }
}
