package org.vaxline.app;

import org.vaxline.aefi.application.AdministeredDoses;
import org.vaxline.platform.http.Page;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.domain.Dose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Answers the adverse-event feature's questions about doses from the dose registry. */
final class RegistryAdministeredDoses implements AdministeredDoses {
    private final DoseQueries doses;

    RegistryAdministeredDoses(DoseQueries doses) {
        this.doses = doses;
    }

    @Override
    public Optional<DoseRef> dose(UUID doseId) {
        return doses.dose(doseId).map(d -> new DoseRef(d.id(), d.personId(), d.lotId(), d.productId(), d.siteId(),
                d.provinceCode(), d.givenOn()));
    }

    @Override
    public long countOfLot(UUID lotId) {
        return doses.countOfLot(lotId);
    }

    @Override
    public List<Recipient> recipientsOfLot(UUID lotId) {
        List<Recipient> recipients = new ArrayList<>();
        UUID after = null;
        Page<Dose> page;
        do {
            page = doses.recipientsOfLot(lotId, after, 1000);
            page.items().forEach(d -> recipients.add(new Recipient(d.personId(), d.id(), d.siteId(), d.givenOn())));
            after = page.next() == null ? null : UUID.fromString(page.next());
        } while (after != null);
        return recipients;
    }
}
