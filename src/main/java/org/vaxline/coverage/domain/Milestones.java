package org.vaxline.coverage.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The milestones a person has reached in a series, from their doses in the order given — numbered here, not taken from
 * the numbers the doses were recorded with, so two records of one person merged count as one person with two doses.
 * A dose is primary while fewer doses came before it than its product's regimen has; the first dose after that is the
 * first booster (as the registry's dose policy numbers them).
 */
public final class Milestones {
    private Milestones() {
    }

    public static List<CoverageCell> reached(PersonFacts person, String seriesCode, List<SeriesDose> doses) {
        List<CoverageCell> cells = new ArrayList<>();
        boolean complete = false;
        boolean boosted = false;
        for (int i = 0; i < doses.size(); i++) {
            SeriesDose dose = doses.get(i);
            boolean primary = i < dose.primaryDoses();
            if (i == 0) {
                cells.add(cell(person, seriesCode, dose, CoverageMetric.FIRST_DOSE));
            }
            if (i == 1 && primary) {
                cells.add(cell(person, seriesCode, dose, CoverageMetric.SECOND_DOSE));
            }
            if (primary && !complete && i + 1 == dose.primaryDoses()) {
                complete = true;
                cells.add(cell(person, seriesCode, dose, CoverageMetric.COMPLETE_SERIES));
            }
            if (!primary && !boosted) {
                boosted = true;
                cells.add(cell(person, seriesCode, dose, CoverageMetric.BOOSTER));
            }
        }
        return cells;
    }

    private static CoverageCell cell(PersonFacts p, String seriesCode, SeriesDose dose, CoverageMetric metric) {
        String commune = p.communeId() == null ? CoverageCell.NO_COMMUNE : p.communeId().toString();
        return new CoverageCell(seriesCode, p.provinceCode(), commune, p.priorityGroup(), AgeBand.on(p.dateOfBirth(), dose.givenOn()),
                dose.givenOn(), metric);
    }
}
