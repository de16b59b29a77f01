package org.vaxline.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A vaccination session at a site on one day; closedAt is null while it is open. */
public record Session(UUID id, UUID siteId, String provinceCode, LocalDate date, Instant openedAt, String openedBy,
                      Instant closedAt, String closedBy) {
    public boolean closed() {
        return closedAt != null;
    }
}
