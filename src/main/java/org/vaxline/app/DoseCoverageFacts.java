package org.vaxline.app;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.coverage.domain.DoseFacts;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.person.domain.Person;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.DoseKind;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Translates a recorded dose into what coverage counts: the series position and who the person is. It remembers each
 * product's number of doses, so a recount over every dose reads each product once; make one per use, so a product's
 * regimen changed by a later master-data import is read afresh.
 */
final class DoseCoverageFacts {
    private final Catalog catalog;
    private final PersonDirectory persons;
    private final Map<UUID, Integer> seriesDoses = new HashMap<>();

    DoseCoverageFacts(Catalog catalog, PersonDirectory persons) {
        this.catalog = catalog;
        this.persons = persons;
    }

    DoseFacts of(Dose dose) {
        int seriesDoses = this.seriesDoses.computeIfAbsent(dose.productId(),
                product -> catalog.product(product).map(p -> p.doseCount()).orElse(dose.doseNumber()));
        Person person = persons.describe(dose.personId()).orElseThrow();
        boolean booster = dose.kind() == DoseKind.BOOSTER;
        // Registry numbers boosters after the primary series (4, 5, … for three doses); coverage counts boosters from 1.
        int number = booster ? Math.max(1, dose.doseNumber() - seriesDoses) : dose.doseNumber();
        return new DoseFacts(dose.personId(), dose.seriesCode(), number, booster, seriesDoses, dose.givenOn(),
                person.provinceCode(), person.communeId(), person.priorityGroup(), person.dateOfBirth());
    }
}
