package org.vaxline.lot.domain;

import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Invariant 2: only released, unexpired lots not on hold where they are may move to a site or be administered; and
 * invariant 7: not on a day before the lot was released, whatever it is now. (A day before it was made is each user's
 * own refusal, naming its own date field: the stock ledger's, the dose registry's.)
 */
public final class LotUsability {
    private LotUsability() {
    }

    public static LotState requireUsable(LotState lot, UUID facilityId, LocalDate on) {
        String name = "lot " + lot.lotNumber();
        switch (lot.status()) {
            case REJECTED -> throw refused(LotError.LOT_REJECTED, lot,
                    name + " was rejected by the national control laboratory and cannot be used", Map.of());
            case QUARANTINED -> throw refused(LotError.LOT_QUARANTINED, lot,
                    name + " is quarantined: the national control laboratory has not released it yet", Map.of());
            case RELEASED -> {
                // released: holds and expiry decide
            }
        }
        if (lot.releasedOn() != null && on.isBefore(lot.releasedOn())) {
            throw refused(LotError.LOT_NOT_YET_RELEASED, lot, name + " was released on " + lot.releasedOn()
                    + " and cannot have been used on " + on, Map.of("releasedOn", lot.releasedOn(), "usedOn", on));
        }
        if (lot.onHoldAt(facilityId)) {
            throw refused(LotError.LOT_ON_HOLD, lot, lot.heldEverywhere()
                    ? name + " is on hold everywhere until it is assessed"
                    : name + " is on hold at facility " + facilityId + " until it is assessed", Map.of());
        }
        if (lot.expiredOn(on)) {
            throw refused(LotError.LOT_EXPIRED, lot, name + " expired on " + lot.expiresOn() + " and cannot be used on " + on,
                    Map.of("expiresOn", lot.expiresOn(), "usedOn", on));
        }
        return lot;
    }

    private static VaxlineException refused(LotError code, LotState lot, String detail, Map<String, Object> figures) {
        Map<String, Object> details = new java.util.LinkedHashMap<>(Map.of("lotId", lot.lotId(), "lotNumber", lot.lotNumber()));
        details.putAll(figures);
        return new VaxlineException(code, detail, Map.of(), details);
    }
}
