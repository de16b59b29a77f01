package org.vaxline.aefi;

import org.vaxline.aefi.application.AdministeredDoses;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** The dose registry as AEFI sees it, kept in a list: the registry itself is another feature's, wired by the lead. */
final class ListedDoses implements AdministeredDoses {
    private final List<DoseRef> doses = new CopyOnWriteArrayList<>();

    DoseRef add(DoseRef dose) {
        doses.add(dose);
        return dose;
    }

    @Override
    public Optional<DoseRef> dose(UUID doseId) {
        return doses.stream().filter(d -> d.doseId().equals(doseId)).findFirst();
    }

    @Override
    public long countOfLot(UUID lotId) {
        return doses.stream().filter(d -> d.lotId().equals(lotId)).count();
    }

    @Override
    public List<Recipient> recipientsOfLot(UUID lotId) {
        return doses.stream().filter(d -> d.lotId().equals(lotId))
                .map(d -> new Recipient(d.personId(), d.doseId(), d.siteId(), d.givenOn())).toList();
    }
}
