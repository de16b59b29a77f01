package org.vaxline.aefi.application;

import org.vaxline.aefi.domain.LotRate;
import org.vaxline.aefi.store.LotAefiCounts;
import org.vaxline.aefi.store.SettingsStore;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.domain.LotState;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.store.Store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Each lot's rate of serious events per 100,000 doses given, flagged above the configured threshold. */
public final class LotSignals {
    private static final int BATCH = 200;

    private final Store store;
    private final LotAvailability lots;
    private final AdministeredDoses doses;
    private final LotAefiCounts counts;
    private final SettingsStore settings;

    public LotSignals(Store store, LotAvailability lots, AdministeredDoses doses, LotAefiCounts counts, SettingsStore settings) {
        this.store = store;
        this.lots = lots;
        this.doses = doses;
        this.counts = counts;
        this.settings = settings;
    }

    public LotRate rate(UUID lotId) {
        LotState lot = lots.state(lotId).orElseThrow(() -> VaxlineException.notFound("lot", lotId));
        return store.read(h -> {
            LotAefiCounts.Counts c = counts.find(h, lotId).orElse(LotAefiCounts.Counts.none(lotId));
            return rate(lot.lotNumber(), c, settings.read(h).seriousPer100kThreshold());
        });
    }

    /**
     * Lots with at least one report, in lot id order.
     *
     * @param flagged true: only flagged lots; false: only unflagged ones; null: both
     */
    public Page<LotRate> page(Boolean flagged, UUID after, int limit) {
        return store.read(h -> {
            BigDecimal threshold = settings.read(h).seriousPer100kThreshold();
            List<LotRate> fetched = new ArrayList<>();
            UUID cursor = after;
            // The flag depends on the registry's dose count, so filtering happens here, batch by batch, until a page is full.
            while (fetched.size() <= limit) {
                List<LotAefiCounts.Counts> batch = counts.page(h, cursor, BATCH);
                for (LotAefiCounts.Counts c : batch) {
                    LotRate rate = rate(c, threshold);
                    if (flagged == null || rate.flagged() == flagged) {
                        fetched.add(rate);
                    }
                }
                if (batch.size() < BATCH) {
                    break;
                }
                cursor = batch.get(batch.size() - 1).lotId();
            }
            return Page.of(fetched.size() > limit + 1 ? fetched.subList(0, limit + 1) : fetched, limit, r -> r.lotId().toString());
        });
    }

    private LotRate rate(LotAefiCounts.Counts c, BigDecimal threshold) {
        String number = lots.state(c.lotId()).map(LotState::lotNumber).orElse(null);
        return rate(number, c, threshold);
    }

    private LotRate rate(String lotNumber, LotAefiCounts.Counts c, BigDecimal threshold) {
        return LotRate.of(c.lotId(), lotNumber, doses.countOfLot(c.lotId()), c.reports(), c.serious(), threshold);
    }
}
