package org.vaxline.facility.domain;

import java.util.UUID;

/** Which facilities to list; a null field does not filter. */
public record FacilityFilter(String provinceCode, FacilityType type, UUID parentId) {
    public static FacilityFilter all() {
        return new FacilityFilter(null, null, null);
    }
}
