package org.vaxline.aefi.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the AEFI feature asks of the dose registry. The composition root wires the registry's answer; AEFI never
 * imports the registry, so the two can grow apart. Called inside AEFI transactions: an implementation over the same
 * store should read through {@code Store.read}, which joins them.
 */
public interface AdministeredDoses {
    /** The dose, or empty when no such dose was recorded. */
    Optional<DoseRef> dose(UUID doseId);

    /** Doses of the lot given so far (the denominator of its rates). */
    long countOfLot(UUID lotId);

    /** Everyone who received a dose of the lot, in the order the doses were given. */
    List<Recipient> recipientsOfLot(UUID lotId);

    /** A dose as AEFI needs it: who, which lot and product, where and when. */
    record DoseRef(UUID doseId, UUID personId, UUID lotId, UUID productId, UUID siteId, String provinceCode, LocalDate givenOn) {
    }

    /** One person who received one dose of a lot. */
    record Recipient(UUID personId, UUID doseId, UUID siteId, LocalDate givenOn) {
    }
}
