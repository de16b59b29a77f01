package org.vaxline.registry.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A session as it stands: per lot, vials opened, doses given and (once closed) wasted. */
public record SessionSummary(UUID id, UUID siteId, LocalDate date, boolean closed, Instant closedAt, List<LotLine> lots) {
    /** @param wasted the doses left in the opened vials, written off as OPENED_VIAL wastage when the session closed (0 while open) */
    public record LotLine(UUID lotId, long vialsOpened, long dosesOpened, long administered, long wasted) {
    }
}
