package org.vaxline.access.application;

import java.util.Optional;
import java.util.UUID;

/** What access needs to know of facilities; the composition root wires it to the facility feature. */
@FunctionalInterface
public interface FacilityLookup {
    Optional<FacilityScope> find(UUID facilityId);
}
