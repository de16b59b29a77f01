package org.vaxline.web;

import org.vaxline.coldchain.application.ExcursionQueries;
import org.vaxline.coldchain.application.ExcursionReport;
import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityFilter;
import org.vaxline.facility.domain.Province;
import org.vaxline.stock.application.ExpiringLot;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.application.StockQueries;
import org.vaxline.stock.domain.StockMovement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The stock pages' figures, read through the stock, cold-chain and facility queries the API answers from: the
 * provinces' tiles by days of supply, a facility's lots and its children, lots near expiry, stock on hold,
 * excursions awaiting assessment and transfers in transit.
 */
final class StockView {
    /**
     * The 34 provinces on a grid shaped like the country (column, row): a tile map gives each province the same
     * space, so Hồ Chí Minh and Lai Châu can be compared at a glance, which a geographic map does not allow.
     */
    static final Map<String, int[]> TILES = Map.ofEntries(
            Map.entry("12", new int[]{2, 1}), Map.entry("10", new int[]{3, 1}), Map.entry("08", new int[]{4, 1}),
            Map.entry("04", new int[]{5, 1}), Map.entry("11", new int[]{1, 2}), Map.entry("14", new int[]{2, 2}),
            Map.entry("25", new int[]{3, 2}), Map.entry("19", new int[]{4, 2}), Map.entry("20", new int[]{5, 2}),
            Map.entry("01", new int[]{3, 3}), Map.entry("27", new int[]{4, 3}), Map.entry("22", new int[]{5, 3}),
            Map.entry("37", new int[]{3, 4}), Map.entry("33", new int[]{4, 4}), Map.entry("31", new int[]{5, 4}),
            Map.entry("38", new int[]{3, 5}), Map.entry("40", new int[]{3, 6}), Map.entry("42", new int[]{4, 7}),
            Map.entry("45", new int[]{4, 8}), Map.entry("46", new int[]{5, 9}), Map.entry("48", new int[]{5, 10}),
            Map.entry("64", new int[]{5, 11}), Map.entry("51", new int[]{6, 11}), Map.entry("66", new int[]{5, 12}),
            Map.entry("56", new int[]{6, 12}), Map.entry("75", new int[]{4, 13}), Map.entry("68", new int[]{5, 13}),
            Map.entry("72", new int[]{2, 14}), Map.entry("79", new int[]{3, 14}), Map.entry("89", new int[]{1, 15}),
            Map.entry("87", new int[]{2, 15}), Map.entry("86", new int[]{3, 15}), Map.entry("96", new int[]{1, 16}),
            Map.entry("92", new int[]{2, 16}));

    record Tile(String code, String name, int column, int row, long onHand, BigDecimal daysOfSupply, String colour) {
    }

    record FacilityRow(Facility facility, long onHand, long used, BigDecimal daysOfSupply) {
    }

    record Transit(StockMovement movement, String from, String to, String lotNumber) {
    }

    private final StockQueries stock;
    private final ExcursionQueries excursions;
    private final Facilities facilities;

    StockView(StockQueries stock, ExcursionQueries excursions, Facilities facilities) {
        this.stock = stock;
        this.excursions = excursions;
        this.facilities = facilities;
    }

    /** Each province's tile: doses on hand of every product and the days they last at the recent rate of use. */
    List<Tile> tiles(List<OnHandReport.Total> provinceTotals, int useWindowDays) {
        Map<String, long[]> byProvince = new HashMap<>();
        for (OnHandReport.Total t : provinceTotals) {
            long[] sums = byProvince.computeIfAbsent(t.scope(), k -> new long[2]);
            sums[0] += t.quantity();
            sums[1] += t.usedInWindow();
        }
        List<Tile> tiles = new ArrayList<>();
        for (Province p : facilities.provinces(null, 100)) {
            int[] at = TILES.getOrDefault(p.code(), new int[]{7, 1 + tiles.size()});
            long[] sums = byProvince.getOrDefault(p.code(), new long[2]);
            BigDecimal days = daysOfSupply(sums[0], sums[1], useWindowDays);
            tiles.add(new Tile(p.code(), p.name(), at[0], at[1], sums[0], days, band(sums[0], days)));
        }
        tiles.sort(Comparator.comparing(Tile::row).thenComparing(Tile::column));
        return tiles;
    }

    /** Days of supply as the stock module reckons them: on hand ÷ (used in the window ÷ the window's days). */
    static BigDecimal daysOfSupply(long onHand, long used, int windowDays) {
        if (used <= 0) {
            return null;
        }
        return BigDecimal.valueOf(onHand).multiply(BigDecimal.valueOf(windowDays))
                .divide(BigDecimal.valueOf(used), 1, RoundingMode.HALF_UP);
    }

    /** The colour band of a tile: out (nothing on hand), low (under 14 days), ok (14–90), high (over 90), idle (no use). */
    static String band(long onHand, BigDecimal days) {
        if (onHand == 0) {
            return "out";
        }
        if (days == null) {
            return "idle";
        }
        if (days.compareTo(BigDecimal.valueOf(14)) < 0) {
            return "low";
        }
        return days.compareTo(BigDecimal.valueOf(90)) <= 0 ? "ok" : "high";
    }

    /** The facilities under one parent (or a province's top level), each with its stock summed over products. */
    List<FacilityRow> children(OnHandReport report, FacilityFilter filter, int windowDays) {
        Map<String, long[]> byFacility = new HashMap<>();
        for (OnHandReport.Total t : report.facilities()) {
            long[] sums = byFacility.computeIfAbsent(t.scope(), k -> new long[2]);
            sums[0] += t.quantity();
            sums[1] += t.usedInWindow();
        }
        List<FacilityRow> rows = new ArrayList<>();
        for (Facility f : facilities.list(filter, null, 1000)) {
            long[] sums = byFacility.getOrDefault(f.id().toString(), new long[2]);
            rows.add(new FacilityRow(f, sums[0], sums[1], daysOfSupply(sums[0], sums[1], windowDays)));
        }
        return rows;
    }

    List<ExpiringLot> expiring(String provinceCode) {
        return stock.expiring(null, null, provinceCode);
    }

    List<ExcursionReport> openExcursions(Predicate<String> province) {
        return excursions.page(null, true, null, 200).items().stream()
                .filter(e -> province.test(e.excursion().provinceCode())).toList();
    }

    List<Transit> inTransit(Predicate<String> province) {
        Map<UUID, Optional<Facility>> known = new HashMap<>();
        List<Transit> transits = new ArrayList<>();
        for (StockMovement m : stock.inTransit(null)) {
            Optional<Facility> from = known.computeIfAbsent(m.facilityId(), facilities::find);
            Optional<Facility> to = m.counterpartFacilityId() == null ? Optional.empty()
                    : known.computeIfAbsent(m.counterpartFacilityId(), facilities::find);
            boolean concerns = province.test(m.provinceCode()) || to.map(f -> province.test(f.provinceCode())).orElse(false);
            if (concerns) {
                transits.add(new Transit(m, from.map(Facility::name).orElse("?"), to.map(Facility::name).orElse("?"), null));
            }
        }
        return transits;
    }

    Optional<Facility> facility(UUID id) {
        return facilities.find(id);
    }
}
