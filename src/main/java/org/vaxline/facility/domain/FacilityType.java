package org.vaxline.facility.domain;

import java.util.Set;

/** The levels of the cold chain, from the national store down to the vaccination site. */
public enum FacilityType {
    NATIONAL_STORE, REGIONAL_INSTITUTE, PROVINCE, COMMUNE, SITE;

    /** The types a facility of this type may hang under; empty for the root. */
    public Set<FacilityType> parentTypes() {
        return switch (this) {
            case NATIONAL_STORE -> Set.of();
            case REGIONAL_INSTITUTE -> Set.of(NATIONAL_STORE);
            // a province may be supplied by its regional institute or straight from the national store
            case PROVINCE -> Set.of(REGIONAL_INSTITUTE, NATIONAL_STORE);
            case COMMUNE -> Set.of(PROVINCE);
            case SITE -> Set.of(COMMUNE);
        };
    }

    /** Whether facilities of this type belong to one province (and so carry its code). */
    public boolean inProvince() {
        return this == PROVINCE || this == COMMUNE || this == SITE;
    }
}
