package org.vaxline.aefi.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lot recalled everywhere: the hold it placed and the facilities that held doses of it at that moment.
 */
public record Recall(UUID id, UUID lotId, String reason, UUID holdId, Instant recordedAt, String recordedBy,
                     List<HoldingFacility> facilitiesHolding) {
    public Recall {
        facilitiesHolding = List.copyOf(facilitiesHolding);
    }

    /** Doses of the recalled lot on hand at one facility when it was recalled. */
    public record HoldingFacility(UUID facilityId, String facilityCode, String provinceCode, long doses) {
    }
}
