package org.vaxline.stock.application;

import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.domain.LotState;
import org.vaxline.platform.store.Store;
import org.vaxline.stock.store.StockBalances;
import org.vaxline.stock.store.StockDailyUse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The country's stock on hand today, summed in the store per province and lot rather than listed per facility and lot:
 * its size follows provinces and lots, not the ten thousand sites of a national campaign (issue 13).
 */
public final class NationalStock {
    private static final String NATIONAL = "national";

    private final Store store;
    private final Clock clock;
    private final Facilities facilities;
    private final LotAvailability lots;
    private final StockBalances balances;
    private final StockDailyUse dailyUse;

    public NationalStock(Store store, Clock clock, Facilities facilities, LotAvailability lots, StockBalances balances,
                         StockDailyUse dailyUse) {
        this.store = store;
        this.clock = clock;
        this.facilities = facilities;
        this.lots = lots;
        this.balances = balances;
        this.dailyUse = dailyUse;
    }

    /** @param productId one product, or null for all */
    public NationalOnHand onHand(UUID productId) {
        LocalDate today = LocalDate.now(clock);
        int window = StockQueries.USE_WINDOW_DAYS;
        return store.read(h -> {
            List<StockBalances.ProvinceLot> rows = balances.perProvinceAndLot(h, productId);
            Map<UUID, LotState> states = lots.states(rows.stream().map(StockBalances.ProvinceLot::lotId).distinct().toList())
                    .stream().collect(Collectors.toMap(LotState::lotId, Function.identity()));
            List<UUID> held = states.values().stream().filter(s -> s.heldEverywhere() || !s.heldAtFacilities().isEmpty())
                    .map(LotState::lotId).toList();
            List<OnHandReport.Line> onHold = balances.ofLots(h, held).stream()
                    .filter(l -> states.get(l.lotId()).onHoldAt(l.facilityId()))
                    .map(l -> line(l, states.get(l.lotId()))).toList();
            Map<String, Long> heldPerProvinceLot = new HashMap<>();
            onHold.forEach(l -> heldPerProvinceLot.merge(l.provinceCode() + "|" + l.lotId(), l.quantity(), Long::sum));

            Map<String, Long> used = new HashMap<>();
            for (StockDailyUse.Use u : dailyUse.perProvinceBetween(h, today.minusDays(window), today)) {
                if (productId == null || productId.equals(u.productId())) {
                    if (u.provinceCode() != null) {
                        used.merge(u.provinceCode() + "|" + u.productId(), u.used(), Long::sum);
                    }
                    used.merge(NATIONAL + "|" + u.productId(), u.used(), Long::sum);
                }
            }
            List<NationalOnHand.ProvinceLot> perLot = new ArrayList<>();
            Map<String, Map<UUID, Long>> perProvince = new LinkedHashMap<>();
            Map<UUID, Long> national = new LinkedHashMap<>();
            for (StockBalances.ProvinceLot r : rows) {
                LotState lot = states.get(r.lotId());
                perLot.add(new NationalOnHand.ProvinceLot(r.provinceCode(), r.lotId(), lot == null ? null : lot.lotNumber(),
                        r.productId(), r.quantity(), r.facilities(), lot == null ? null : lot.expiresOn(),
                        lot == null ? null : lot.status(), heldPerProvinceLot.getOrDefault(r.provinceCode() + "|" + r.lotId(), 0L)));
                if (r.provinceCode() != null) {
                    perProvince.computeIfAbsent(r.provinceCode(), p -> new LinkedHashMap<>()).merge(r.productId(), r.quantity(), Long::sum);
                }
                national.merge(r.productId(), r.quantity(), Long::sum);
            }
            List<OnHandReport.Total> provinceTotals = new ArrayList<>();
            perProvince.forEach((province, products) -> products.forEach((product, quantity) ->
                    provinceTotals.add(total(province, product, quantity, used))));
            List<OnHandReport.Total> nationalTotals = new ArrayList<>();
            national.forEach((product, quantity) -> nationalTotals.add(total(NATIONAL, product, quantity, used)));
            return new NationalOnHand(today, window, perLot, provinceTotals, nationalTotals, onHold);
        });
    }

    private static OnHandReport.Total total(String scope, UUID product, long quantity, Map<String, Long> used) {
        long use = used.getOrDefault(scope + "|" + product, 0L);
        return new OnHandReport.Total(scope, scope, product, quantity, use, StockQueries.daysOfSupply(quantity, use));
    }

    private OnHandReport.Line line(StockBalances.Line l, LotState lot) {
        return new OnHandReport.Line(l.facilityId(), facilities.find(l.facilityId()).map(Facility::code).orElse(null),
                l.provinceCode(), l.lotId(), lot.lotNumber(), l.productId(), l.quantity(), lot.expiresOn(), lot.status(), true);
    }
}
