package org.vaxline.registry.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.store.TransactionMemo;
import org.vaxline.registry.domain.Dose;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a transaction read of the dose ledger in one statement for a batch of doses ({@link DoseLedger#prefetch}), kept
 * current with the doses it appends since: the doses under the ids asked for (present or known absent) and every dose
 * of the people asked for. A reversal makes the transaction forget it (the ledger is read again after that).
 */
final class Prefetched {
    private static final String KEY = "doses:prefetched";
    /** The ledger's order: day given, dose number, then id as the database sorts it (text, or bytes: the same). */
    static final Comparator<Dose> LEDGER_ORDER = Comparator.comparing(Dose::givenOn).thenComparing(Dose::doseNumber)
            .thenComparing(d -> d.id().toString());

    private final Set<UUID> idsAsked;
    private final Set<UUID> persons;
    private final Map<UUID, Dose> byId = new HashMap<>();
    private final Map<UUID, List<Dose>> givenByPerson = new HashMap<>();

    Prefetched(Collection<UUID> doseIds, Collection<UUID> personIds, List<Map.Entry<Dose, Boolean>> rows) {
        this.idsAsked = new HashSet<>(doseIds);
        this.persons = new HashSet<>(personIds);
        for (Map.Entry<Dose, Boolean> row : rows) {
            Dose d = row.getKey();
            if (byId.put(d.id(), d) != null) {
                continue; // found both by its id and by its person
            }
            if (!row.getValue() && persons.contains(d.personId())) {
                givenByPerson.computeIfAbsent(d.personId(), p -> new ArrayList<>()).add(d);
            }
        }
    }

    static Optional<Prefetched> of(Handle h) {
        return TransactionMemo.of(h).get(KEY, Prefetched.class);
    }

    static void keep(Handle h, Prefetched prefetched) {
        TransactionMemo.of(h).put(KEY, prefetched);
    }

    static void forget(Handle h) {
        TransactionMemo.of(h).forget(KEY);
    }

    /** The answer {@link DoseLedger#forDecision} would read, when what it asks was prefetched. */
    Optional<DoseLedger.ForDecision> forDecision(UUID doseId, Collection<UUID> personIds, String seriesCode) {
        if (!persons.containsAll(personIds) || !(idsAsked.contains(doseId) || byId.containsKey(doseId))) {
            return Optional.empty();
        }
        List<Dose> earlier = new ArrayList<>();
        for (UUID person : personIds) {
            for (Dose d : givenByPerson.getOrDefault(person, List.of())) {
                if (d.seriesCode().equals(seriesCode)) {
                    earlier.add(d);
                }
            }
        }
        earlier.sort(LEDGER_ORDER);
        return Optional.of(new DoseLedger.ForDecision(Optional.ofNullable(byId.get(doseId)), List.copyOf(earlier)));
    }

    void appended(Dose d) {
        byId.put(d.id(), d);
        if (persons.contains(d.personId())) {
            givenByPerson.computeIfAbsent(d.personId(), p -> new ArrayList<>()).add(d);
        }
    }
}
