package org.vaxline.stock.domain;

import org.vaxline.facility.domain.FacilityType;
import org.vaxline.lot.domain.LotState;
import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * First expiry, first out is the rule at a store, and naming a lot does not silently bypass it: taking a lot while
 * another usable lot of the product at the same facility expires earlier needs a recorded reason.
 * <p>
 * It binds issues and transfers from stores (national store, regional institute, provincial CDC, commune), where
 * someone chooses which lot to pick. It does not bind at a vaccination site: there the dose registry issues one dose
 * of the lot the vaccinator scanned, the vial in their hand (an opened vial must be used first, whatever a shelf
 * holds), so refusing it would stop a vaccination for a choice nobody made.
 */
public final class FefoOverridePolicy {
    private FefoOverridePolicy() {
    }

    /** What the rule made of a named lot. */
    public enum Outcome {
        /** The rule does not bind this movement (not an issue or transfer, or at a site). */
        NOT_BOUND,
        /** The named lot is first to expire among the usable ones (or ties with the first). */
        FIRST_EXPIRY,
        /** The named lot bypasses an earlier-expiring one, and the reason given is recorded. */
        OVERRIDDEN
    }

    public static boolean binds(MovementType type, FacilityType at) {
        return type.needsUsableLot() && at != FacilityType.SITE;
    }

    /**
     * @param onHand the product's lots with doses at the facility (the named lot among them or not)
     * @param reason the client's {@code fefoOverrideReason}, possibly blank
     * @throws VaxlineException FEFO_BYPASS_NEEDS_REASON naming the earliest usable lot and its expiry
     */
    public static Outcome decide(MovementType type, FacilityType at, LotState named, List<LotBalance> onHand,
                                 UUID facilityId, LocalDate on, String reason) {
        if (!binds(type, at)) {
            return Outcome.NOT_BOUND;
        }
        Optional<LotBalance> earlier = earliestBefore(named, onHand, facilityId, on);
        if (earlier.isEmpty()) {
            return Outcome.FIRST_EXPIRY;
        }
        if (reason == null || reason.isBlank()) {
            LotState first = earlier.get().lot();
            throw new VaxlineException(StockError.FEFO_BYPASS_NEEDS_REASON,
                    "lotId: lot " + named.lotNumber() + " expires " + named.expiresOn() + ", but lot " + first.lotNumber()
                            + " (" + first.lotId() + ") expires earlier, on " + first.expiresOn() + ", and is usable here: take it,"
                            + " or give fefoOverrideReason",
                    Map.of("fefoOverrideReason", "required: lot " + first.lotNumber() + " expires earlier, on " + first.expiresOn()),
                    Map.of("earlierLotId", first.lotId(), "earlierLotNumber", first.lotNumber(),
                            "earlierExpiresOn", first.expiresOn().toString()));
        }
        return Outcome.OVERRIDDEN;
    }

    /** The usable lot of the same product that expires first, if it expires before the named lot. */
    static Optional<LotBalance> earliestBefore(LotState named, List<LotBalance> onHand, UUID facilityId, LocalDate on) {
        return onHand.stream()
                .filter(b -> !b.lot().lotId().equals(named.lotId()) && b.lot().productId().equals(named.productId()))
                .filter(b -> b.quantity() > 0 && FefoPolicy.usable(b, facilityId, on))
                .filter(b -> b.lot().expiresOn().isBefore(named.expiresOn()))
                .min(Comparator.comparing((LotBalance b) -> b.lot().expiresOn()).thenComparing(b -> b.lot().lotNumber()));
    }
}
