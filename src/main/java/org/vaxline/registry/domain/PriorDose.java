package org.vaxline.registry.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the schedule needs of an earlier dose: when, which product (whose regimen applies), and where. */
public record PriorDose(LocalDate givenOn, UUID productId, UUID siteId) {

    /** The latest of some doses in time; ties keep the later one in the list. */
    public static PriorDose last(List<PriorDose> doses) {
        PriorDose last = doses.get(0);
        for (PriorDose d : doses) {
            if (!d.givenOn().isBefore(last.givenOn())) {
                last = d;
            }
        }
        return last;
    }
}
