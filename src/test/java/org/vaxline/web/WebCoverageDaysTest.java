package org.vaxline.web;

import org.junit.jupiter.api.Test;
import org.vaxline.coverage.application.CoverageReport;
import org.vaxline.registry.application.DosesPerDay;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage pages' days: doses given beside the people reaching each milestone, the latest days first. */
class WebCoverageDaysTest {
    private static CoverageReport.Group day(String day, long first) {
        return new CoverageReport.Group(day, day, first, 0, 0, 0, null, null, null);
    }

    @Test
    void aDayWithDosesButNoMilestoneIsShownAndTheLatestComeFirst() {
        CoverageReport milestones = new CoverageReport("day", null, null, null, null,
                List.of(day("2021-09-15", 5), day("2021-09-16", 7), day("2021-09-18", 1)));
        DosesPerDay doses = new DosesPerDay(null, null, null, List.of(new DosesPerDay.Day(LocalDate.parse("2021-09-16"), 9),
                new DosesPerDay.Day(LocalDate.parse("2021-09-17"), 3), new DosesPerDay.Day(LocalDate.parse("2021-09-18"), 1)));
        List<Map<String, Object>> days = CoverageView.lastDays(milestones, doses, 3);
        assertThat(days).extracting(d -> d.get("day").toString()).containsExactly("2021-09-18", "2021-09-17", "2021-09-16");
        assertThat(days).extracting(d -> d.get("doses")).containsExactly(1L, 3L, 9L);
        assertThat(days).extracting(d -> ((CoverageReport.Group) d.get("group")).firstDose()).containsExactly(1L, 0L, 7L);
        assertThat(CoverageView.daysChart(days)).isEqualTo("{\"days\":[\"2021-09-16\",\"2021-09-17\",\"2021-09-18\"],"
                + "\"doses\":[9,3,1],\"first\":[7,0,1],\"second\":[0,0,0],\"complete\":[0,0,0],\"booster\":[0,0,0]}");
    }
}
