package org.vaxline.registry.domain;

import java.util.UUID;

/**
 * One lot in a vaccination session: vials opened, doses given from them; what is left when the session closes is wastage.
 */
public record SessionLot(UUID lotId, long vialsOpened, int dosesPerVial, long administered) {
    public long dosesOpened() {
        return vialsOpened * dosesPerVial;
    }

    /** Doses still in the opened vials (never negative: a session never gives more than it opened). */
    public long left() {
        return Math.max(0, dosesOpened() - administered);
    }
}
