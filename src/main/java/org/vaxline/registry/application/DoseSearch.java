package org.vaxline.registry.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Which doses a search asks for; every filter is optional (null: any). Interfaces that speak other standards (FHIR)
 * search the ledger through it.
 *
 * @param personIds       doses of these person records (a survivor with those merged into it)
 * @param productIds      doses of these products
 * @param lotIds          doses from these lots
 * @param from            given on or after this day
 * @param to              given on or before this day
 * @param recordedSince   recorded (or reversed) at or after this moment
 * @param provinceCode    given in this province
 * @param includeReversed whether doses recorded in error and reversed are answered too
 * @param givenHereOnly   only doses given from our stock, leaving out historical ones given elsewhere
 */
public record DoseSearch(Collection<UUID> personIds, Collection<UUID> productIds, Collection<UUID> lotIds, LocalDate from,
                         LocalDate to, Instant recordedSince, String provinceCode, boolean includeReversed,
                         boolean givenHereOnly) {
    public DoseSearch {
        personIds = personIds == null ? null : List.copyOf(personIds);
        productIds = productIds == null ? null : List.copyOf(productIds);
        lotIds = lotIds == null ? null : List.copyOf(lotIds);
    }

    /** A search of every dose, historical ones included. */
    public DoseSearch(Collection<UUID> personIds, Collection<UUID> productIds, Collection<UUID> lotIds, LocalDate from,
                      LocalDate to, Instant recordedSince, String provinceCode, boolean includeReversed) {
        this(personIds, productIds, lotIds, from, to, recordedSince, provinceCode, includeReversed, false);
    }

    /** Every dose given (none reversed). */
    public static DoseSearch all() {
        return new DoseSearch(null, null, null, null, null, null, null, false);
    }

    /** Whether a filter by a list matches nothing at all. */
    public boolean matchesNothing() {
        return (personIds != null && personIds.isEmpty()) || (productIds != null && productIds.isEmpty())
                || (lotIds != null && lotIds.isEmpty());
    }
}
