package org.vaxline.stock.application;

import org.vaxline.lot.domain.LotStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The country's stock on hand today without a line per facility: doses per province and lot, totals per province and
 * product and for the nation with days of supply, and the facilities holding doses of a lot on hold. A province's or a
 * facility's own lines are {@code GET /stock/onhand?province=} and {@code ?facility=}.
 *
 * @param provinces the same per-province totals as {@link OnHandReport#provinces()}
 * @param national  the same national totals as {@link OnHandReport#national()}
 * @param onHold    doses of lots on hold, per facility (a hold is rare and is acted on facility by facility)
 */
public record NationalOnHand(LocalDate asOf, int useWindowDays, List<ProvinceLot> lots, List<OnHandReport.Total> provinces,
                             List<OnHandReport.Total> national, List<OnHandReport.Line> onHold) {

    /**
     * Doses of one lot within one province.
     *
     * @param provinceCode null for facilities outside any province (the national store)
     * @param facilities   how many facilities of the province hold doses of the lot
     * @param onHold       doses of the lot held where they are (a hold everywhere, or at some of these facilities)
     */
    public record ProvinceLot(String provinceCode, UUID lotId, String lotNumber, UUID productId, long quantity, int facilities,
                              LocalDate expiresOn, LotStatus status, long onHold) {
    }
}
