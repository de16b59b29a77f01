package org.vaxline.coldchain.application;

import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.application.StockQueries;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Doses on hand at one facility per lot, read through the stock ledger (inside the caller's transaction). */
final class StockAt {
    private final StockQueries stock;

    StockAt(StockQueries stock) {
        this.stock = stock;
    }

    Map<UUID, OnHandReport.Line> lots(UUID facilityId) {
        Map<UUID, OnHandReport.Line> lines = new LinkedHashMap<>();
        for (OnHandReport.Line line : stock.onHand(facilityId, null, null, null).lines()) {
            lines.put(line.lotId(), line);
        }
        return lines;
    }

    long doses(UUID facilityId, UUID lotId) {
        OnHandReport.Line line = lots(facilityId).get(lotId);
        return line == null ? 0 : line.quantity();
    }
}
