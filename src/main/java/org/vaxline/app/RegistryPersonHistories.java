package org.vaxline.app;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.coverage.application.PersonHistories;
import org.vaxline.coverage.domain.PersonFacts;
import org.vaxline.coverage.domain.PersonHistory;
import org.vaxline.coverage.domain.SeriesDose;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.domain.Dose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Answers coverage's questions from the person directory and the dose registry: who a person is by surviving identity,
 * and their doses per series (reversed doses left out), each with its product's number of primary doses.
 */
final class RegistryPersonHistories implements PersonHistories {
    private static final Comparator<Dose> GIVEN_ORDER = Comparator.comparing(Dose::givenOn).thenComparing(Dose::doseNumber)
            .thenComparing(Dose::id);

    private final Catalog catalog;
    private final PersonDirectory persons;
    private final DoseQueries doses;

    RegistryPersonHistories(Catalog catalog, PersonDirectory persons, DoseQueries doses) {
        this.catalog = catalog;
        this.persons = persons;
        this.doses = doses;
    }

    @Override
    public Optional<PersonFacts> person(UUID survivorId) {
        return persons.describe(survivorId).map(p -> new PersonFacts(survivorId, p.provinceCode(), p.communeId(),
                p.priorityGroup(), p.dateOfBirth()));
    }

    @Override
    public Optional<PersonHistory> of(UUID survivorId) {
        return person(survivorId).map(facts -> history(facts, doses.givenTo(survivorId), new HashMap<>()));
    }

    /** The series as a dose event carries it, in coverage's terms. */
    List<SeriesDose> series(List<Dose> inSeries) {
        Map<UUID, Integer> primary = new HashMap<>();
        return inSeries.stream().sorted(GIVEN_ORDER).map(d -> seriesDose(d, primary)).toList();
    }

    @Override
    public void forEach(Consumer<PersonHistory> each) {
        Map<UUID, UUID> survivors = new ConcurrentHashMap<>();
        Map<UUID, List<Dose>> byPerson = new LinkedHashMap<>();
        for (Dose d : doses.all()) {
            UUID survivor = survivors.computeIfAbsent(d.personId(), persons::resolve);
            byPerson.computeIfAbsent(survivor, k -> new ArrayList<>()).add(d);
        }
        Map<UUID, Integer> primary = new HashMap<>();
        byPerson.forEach((survivor, list) -> person(survivor).ifPresent(facts -> each.accept(history(facts, list, primary))));
    }

    private PersonHistory history(PersonFacts facts, List<Dose> given, Map<UUID, Integer> primary) {
        Map<String, List<SeriesDose>> series = new LinkedHashMap<>();
        given.stream().sorted(GIVEN_ORDER)
                .forEach(d -> series.computeIfAbsent(d.seriesCode(), k -> new ArrayList<>()).add(seriesDose(d, primary)));
        return new PersonHistory(facts, series);
    }

    private SeriesDose seriesDose(Dose d, Map<UUID, Integer> primary) {
        int doses = primary.computeIfAbsent(d.productId(),
                // an external product's regimen is not known: its doses count as first and second, never complete a series
                product -> catalog.product(product).map(p -> p.regimen().isEmpty() ? Integer.MAX_VALUE : p.doseCount())
                        .orElse(d.doseNumber()));
        return new SeriesDose(d.givenOn(), doses);
    }
}
