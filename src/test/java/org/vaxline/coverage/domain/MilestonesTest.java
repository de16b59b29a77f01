package org.vaxline.coverage.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which milestones a person's doses in a series reach, numbered by the order given, whatever they were recorded as. */
class MilestonesTest {
    private static final PersonFacts AN = new PersonFacts(UUID.randomUUID(), "01", null, "GENERAL", LocalDate.parse("1990-05-14"));

    @ParameterizedTest(name = "{0} doses of a {1}-dose regimen → {2}")
    @CsvSource({
            "0, 3, ''",
            "1, 3, FIRST_DOSE",
            "2, 3, FIRST_DOSE SECOND_DOSE",
            "3, 3, FIRST_DOSE SECOND_DOSE COMPLETE_SERIES",
            "4, 3, FIRST_DOSE SECOND_DOSE COMPLETE_SERIES BOOSTER",
            "6, 3, FIRST_DOSE SECOND_DOSE COMPLETE_SERIES BOOSTER",
            "1, 1, FIRST_DOSE COMPLETE_SERIES",
            "2, 1, FIRST_DOSE COMPLETE_SERIES BOOSTER",
            "2, 2, FIRST_DOSE SECOND_DOSE COMPLETE_SERIES",
    })
    void reachesEachMilestoneOnceOnTheDayOfTheDoseThatReachedIt(int doses, int regimen, String expected) {
        List<SeriesDose> given = new ArrayList<>();
        for (int i = 0; i < doses; i++) {
            given.add(new SeriesDose(LocalDate.parse("2021-10-01").plusDays(28L * i), regimen));
        }
        List<CoverageCell> cells = Milestones.reached(AN, "COVID-19", given);
        assertThat(cells).extracting(c -> c.metric().name())
                .containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
        for (CoverageCell cell : cells) {
            int index = switch (cell.metric()) {
                case FIRST_DOSE -> 0;
                case SECOND_DOSE -> 1;
                case COMPLETE_SERIES -> regimen - 1;
                case BOOSTER -> regimen;
            };
            assertThat(cell.day()).isEqualTo(given.get(index).givenOn());
        }
    }

    @ParameterizedTest
    @CsvSource({"2021-10-01, AGE_18_49", "2045-10-01, AGE_50_64"})
    void countsThePersonWhereTheyLiveInTheirAgeBandOnTheDay(LocalDate day, AgeBand band) {
        CoverageCell first = Milestones.reached(AN, "COVID-19", List.of(new SeriesDose(day, 3))).get(0);
        assertThat(first).isEqualTo(new CoverageCell("COVID-19", "01", CoverageCell.NO_COMMUNE, "GENERAL", band, day,
                CoverageMetric.FIRST_DOSE));
    }
}
