package org.vaxline.person.application;

import java.util.List;
import java.util.UUID;

/**
 * A person locked for a decision about them (a dose) until the caller's transaction ends: the surviving record, every
 * record that stands for the same person, and what eligibility needs.
 */
public record LockedPerson(UUID survivorId, List<UUID> allIds, PersonEligibility eligibility) {
    public LockedPerson {
        allIds = List.copyOf(allIds);
    }
}
