package org.vaxline.stock.application;

import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.domain.LotState;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.store.Store;
import org.vaxline.stock.domain.StockMovement;
import org.vaxline.stock.store.StockBalances;
import org.vaxline.stock.store.StockDailyUse;
import org.vaxline.stock.store.StockLedger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of the stock ledger: on hand on any day with roll-ups, lots close to expiry, and the ledger itself. */
public final class StockQueries {
    /** Days of supply are computed at the rate of use over this many days before the day asked about. */
    public static final int USE_WINDOW_DAYS = 30;

    private final Store store;
    private final Clock clock;
    private final Facilities facilities;
    private final LotAvailability lots;
    private final StockLedger ledger;
    private final StockBalances balances;
    private final StockDailyUse dailyUse;
    private final Function<UUID, Integer> expiryWarningDays;

    /** @param expiryWarningDays each product's own warning period before expiry, from its master data */
    public StockQueries(Store store, Clock clock, Facilities facilities, LotAvailability lots, StockLedger ledger,
                        StockBalances balances, StockDailyUse dailyUse, Function<UUID, Integer> expiryWarningDays) {
        this.store = store;
        this.clock = clock;
        this.facilities = facilities;
        this.lots = lots;
        this.ledger = ledger;
        this.balances = balances;
        this.dailyUse = dailyUse;
        this.expiryWarningDays = expiryWarningDays;
        this.national = new NationalStock(store, clock, facilities, lots, balances, dailyUse);
    }

    private final NationalStock national;

    /** The country's stock on hand today per province and lot, without a line per facility (see {@link NationalStock}). */
    public NationalOnHand nationalOnHand(UUID productId) {
        return national.onHand(productId);
    }

    /** @param asOf null for today, from the balances; a past day is summed from the ledger */
    public OnHandReport onHand(UUID facilityId, String provinceCode, UUID productId, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw VaxlineException.field(PlatformError.VALIDATION_FAILED, "asOf", "must not be after today (" + today + "): stock is known up to today");
        }
        requireScope(facilityId, provinceCode);
        return store.read(h -> {
            List<StockBalances.Line> raw = balances.onHand(h, facilityId, provinceCode, productId, day.isBefore(today) ? day : null);
            Map<UUID, LotState> lotStates = lots.states(raw.stream().map(StockBalances.Line::lotId).distinct().toList())
                    .stream().collect(Collectors.toMap(LotState::lotId, Function.identity()));
            Function<UUID, String> codes = facilityCodes(raw.stream().map(StockBalances.Line::facilityId).distinct().count());
            List<OnHandReport.Line> lines = raw.stream().map(l -> {
                LotState lot = lotStates.get(l.lotId());
                return new OnHandReport.Line(l.facilityId(), codes.apply(l.facilityId()), l.provinceCode(), l.lotId(),
                        lot == null ? null : lot.lotNumber(), l.productId(), l.quantity(),
                        lot == null ? null : lot.expiresOn(), lot == null ? null : lot.status(),
                        lot != null && lot.onHoldAt(l.facilityId()));
            }).toList();
            // One grouped read of the window's daily use, summed here per facility, province and the country.
            LocalDate from = day.minusDays(USE_WINDOW_DAYS);
            Map<String, Long> byFacility = new HashMap<>();
            Map<String, Long> byProvince = new HashMap<>();
            Map<String, Long> byCountry = new HashMap<>();
            // A facility's report compares its province's total with the whole province's use, as before.
            List<StockDailyUse.Use> uses = facilityId == null ? dailyUse.between(h, null, provinceCode, from, day)
                    : lines.stream().map(OnHandReport.Line::provinceCode).distinct()
                    .flatMap(p -> dailyUse.between(h, p == null ? facilityId : null, p, from, day).stream()).toList();
            for (StockDailyUse.Use u : uses) {
                byFacility.merge(u.facilityId() + "|" + u.productId(), u.used() + u.sent(), Long::sum);
                if (u.provinceCode() != null) {
                    byProvince.merge(u.provinceCode() + "|" + u.productId(), u.used(), Long::sum);
                }
                byCountry.merge("national|" + u.productId(), u.used(), Long::sum);
            }
            List<OnHandReport.Total> perFacility = totals(lines, l -> l.facilityId().toString(), id -> codes.apply(UUID.fromString(id)),
                    (scope, product) -> byFacility.getOrDefault(scope + "|" + product, 0L));
            List<OnHandReport.Total> perProvince = totals(lines.stream().filter(l -> l.provinceCode() != null).toList(),
                    OnHandReport.Line::provinceCode, Function.identity(), (scope, product) -> byProvince.getOrDefault(scope + "|" + product, 0L));
            List<OnHandReport.Total> national = facilityId != null || provinceCode != null ? List.of()
                    : totals(lines, l -> "national", Function.identity(), (scope, product) -> byCountry.getOrDefault(scope + "|" + product, 0L));
            return new OnHandReport(day, USE_WINDOW_DAYS, lines, perFacility, perProvince, national);
        });
    }

    private interface Usage {
        long used(String scope, UUID productId);
    }

    private static List<OnHandReport.Total> totals(List<OnHandReport.Line> lines, Function<OnHandReport.Line, String> scopeOf,
                                                   Function<String, String> label, Usage usage) {
        Map<String, Map<UUID, Long>> sums = new LinkedHashMap<>();
        for (OnHandReport.Line l : lines) {
            sums.computeIfAbsent(scopeOf.apply(l), s -> new LinkedHashMap<>()).merge(l.productId(), l.quantity(), Long::sum);
        }
        List<OnHandReport.Total> totals = new ArrayList<>();
        sums.forEach((scope, products) -> products.forEach((product, quantity) -> {
            long used = usage.used(scope, product);
            totals.add(new OnHandReport.Total(scope, label.apply(scope), product, quantity, used, daysOfSupply(quantity, used)));
        }));
        return totals;
    }

    /** How many days {@code quantity} doses last at the rate of {@code used} over the window; null when none were used. */
    static BigDecimal daysOfSupply(long quantity, long used) {
        return used <= 0 ? null : BigDecimal.valueOf(quantity * (long) USE_WINDOW_DAYS)
                .divide(BigDecimal.valueOf(used), 1, RoundingMode.HALF_UP);
    }

    /**
     * Lots with doses on hand whose expiry in force falls within the next {@code days} days (or has passed);
     * without {@code days}, within each product's own warning period.
     */
    public List<ExpiringLot> expiring(Integer days, UUID facilityId, String provinceCode) {
        LocalDate today = LocalDate.now(clock);
        requireScope(facilityId, provinceCode);
        Map<UUID, LocalDate> limits = new HashMap<>();
        // Each product's warning period is looked up once per report, not once per lot.
        Function<UUID, LocalDate> limitOf = product -> limits.computeIfAbsent(product,
                p -> today.plusDays(days != null ? days : expiryWarningDays.apply(p)));
        return store.read(h -> {
            List<StockBalances.Line> raw = balances.onHand(h, facilityId, provinceCode, null, null);
            Map<UUID, LotState> states = lots.states(raw.stream().map(StockBalances.Line::lotId).distinct().toList())
                    .stream().collect(Collectors.toMap(LotState::lotId, Function.identity()));
            Function<UUID, String> codes = facilityCodes(raw.stream().map(StockBalances.Line::facilityId).distinct().count());
            return raw.stream()
                    .filter(l -> states.containsKey(l.lotId()) && !states.get(l.lotId()).expiresOn().isAfter(limitOf.apply(l.productId())))
                    .map(l -> {
                        LotState lot = states.get(l.lotId());
                        return new ExpiringLot(l.facilityId(), codes.apply(l.facilityId()), l.provinceCode(), l.lotId(),
                                lot.lotNumber(), l.productId(), l.quantity(), lot.expiresOn(),
                                ChronoUnit.DAYS.between(today, lot.expiresOn()));
                    })
                    .sorted(Comparator.comparing(ExpiringLot::expiresOn).thenComparing(ExpiringLot::facilityCode,
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        });
    }

    /** Doses wasted per province and product from one day to another (both included), net of reversed wastage. */
    public List<WastedDoses> wasted(LocalDate from, LocalDate to) {
        return store.read(h -> ledger.wastedBetween(h, from, to)).stream()
                .map(w -> new WastedDoses(w.provinceCode(), w.productId(), w.doses())).toList();
    }

    public Page<StockMovement> ledger(StockLedger.LedgerFilter filter, UUID after, int limit) {
        return store.read(h -> Page.of(ledger.page(h, filter, after, limit + 1), limit, m -> m.id().toString()));
    }

    /**
     * A page of ledger entries, oldest first, for callers that take plain arguments (the web pages): a facility's, a
     * lot's, or a lot's at one facility; null for "any".
     *
     * @param after the cursor: the id of the last entry of the previous page, or null for the first
     */
    public Page<StockMovement> movements(UUID facilityId, UUID lotId, UUID after, int limit) {
        if (limit < 1 || limit > 500) {
            throw VaxlineException.field(PlatformError.VALIDATION_FAILED, "limit", "must be between 1 and 500");
        }
        return ledger(new StockLedger.LedgerFilter(facilityId, lotId, null, null), after, limit);
    }

    /**
     * The first day a lot was in a facility's stock, or empty, as {@link #firstArrival} answers it, but without a read
     * when a committed arrival already known to this process is on or before {@code day}: the dose path asks this of
     * every dose, and the answer can only move earlier (the ledger is append-only and the first arrival is the earliest
     * receipt that is not a reversal), so a known arrival on or before the day proves the true one is too. Otherwise it
     * reads, and remembers what it read once the transaction commits (never what a rolled-back one saw).
     */
    public java.util.Optional<LocalDate> firstArrivalForDoseOn(UUID facilityId, UUID lotId, LocalDate day) {
        FacilityLot key = new FacilityLot(facilityId, lotId);
        LocalDate known = knownArrivals.get(key);
        if (known != null && !known.isAfter(day)) {
            return java.util.Optional.of(known);
        }
        java.util.Optional<LocalDate> read = firstArrival(facilityId, lotId);
        read.ifPresent(arrived -> store.afterCommit(() -> {
            if (knownArrivals.size() >= MAX_KNOWN_ARRIVALS) {
                knownArrivals.clear(); // a bound, not a policy: at most a re-read each after a national campaign's worth
            }
            knownArrivals.merge(key, arrived, (a, b) -> a.isBefore(b) ? a : b);
        }));
        return read;
    }

    private record FacilityLot(UUID facilityId, UUID lotId) {
    }

    private static final int MAX_KNOWN_ARRIVALS = 500_000;
    private final java.util.concurrent.ConcurrentHashMap<FacilityLot, LocalDate> knownArrivals = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Reads, in one statement, the first arrivals of the facilities and lots a batch of doses is about to take from and
     * this process does not know yet, so that {@link #firstArrivalForDoseOn} answers each dose without a read.
     */
    public void knowFirstArrivals(java.util.Collection<java.util.Map.Entry<UUID, UUID>> facilityAndLot) {
        List<java.util.Map.Entry<UUID, UUID>> unknown = facilityAndLot.stream()
                .filter(e -> !knownArrivals.containsKey(new FacilityLot(e.getKey(), e.getValue()))).toList();
        if (!unknown.isEmpty()) {
            store.read(h -> {
                ledger.prefetchFirstArrivals(h, unknown);
                return null;
            });
        }
    }

    /** The first day a lot was in a facility's stock, or empty; inside a transaction, as that transaction sees it. */
    public java.util.Optional<LocalDate> firstArrival(UUID facilityId, UUID lotId) {
        return store.read(h -> ledger.firstArrival(h, facilityId, lotId));
    }

    public List<StockMovement> inTransit(UUID facilityId) {
        return store.read(h -> ledger.inTransit(h, facilityId));
    }

    public List<StockMovement> request(UUID requestId) {
        return store.read(h -> ledger.byRequest(h, requestId));
    }

    /** An unknown facility or province is a 404, not an empty report. */
    private void requireScope(UUID facilityId, String provinceCode) {
        if (facilityId != null) {
            facilities.find(facilityId).orElseThrow(() -> VaxlineException.notFound("facility", facilityId));
        }
        if (provinceCode != null) {
            facilities.province(provinceCode).orElseThrow(() -> VaxlineException.notFound("province", provinceCode));
        }
    }

    /** Beyond this many facilities a report reads every facility's code at once instead of one query each. */
    private static final int CODES_ONE_BY_ONE = 50;

    /**
     * Facility codes for display: for a few facilities each looked up once per report; for a national report (thousands
     * of sites) all in one read, not one query per facility.
     */
    private Function<UUID, String> facilityCodes(long facilitiesInReport) {
        Map<UUID, String> cache = new HashMap<>();
        if (facilitiesInReport > CODES_ONE_BY_ONE) {
            facilities.list(org.vaxline.facility.domain.FacilityFilter.all(), null, Integer.MAX_VALUE)
                    .forEach(f -> cache.put(f.id(), f.code()));
        }
        return id -> cache.computeIfAbsent(id, key -> facilities.find(key).map(Facility::code).orElse(null));
    }

}
