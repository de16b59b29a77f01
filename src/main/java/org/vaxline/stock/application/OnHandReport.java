package org.vaxline.stock.application;

import org.vaxline.lot.domain.LotStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Stock on hand on one day: per facility and lot, and rolled up per product for each facility, each province and
 * the nation, with days of supply at the recent rate of use.
 */
public record OnHandReport(LocalDate asOf, int useWindowDays, List<Line> lines, List<Total> facilities,
                           List<Total> provinces, List<Total> national) {

    /** Doses of one lot at one facility. */
    public record Line(UUID facilityId, String facilityCode, String provinceCode, UUID lotId, String lotNumber,
                       UUID productId, long quantity, LocalDate expiresOn, LotStatus status, boolean onHold) {
    }

    /**
     * Doses of one product within a scope (a facility, a province or the nation).
     *
     * @param scope        the facility id, the province code, or {@code national}
     * @param label        the facility code, the province code, or {@code national}
     * @param usedInWindow doses that left in use in the window (issued or wasted; for a facility also sent on)
     * @param daysOfSupply how many days the stock lasts at that rate; null when nothing was used
     */
    public record Total(String scope, String label, UUID productId, long quantity, long usedInWindow, BigDecimal daysOfSupply) {
    }
}
