package org.vaxline.web;

import org.vaxline.aefi.application.AefiQueries;
import org.vaxline.aefi.application.ChangeSignalSettings;
import org.vaxline.aefi.application.LotSignals;
import org.vaxline.aefi.domain.AefiCase;
import org.vaxline.aefi.domain.AefiFilter;
import org.vaxline.aefi.domain.AefiOutcome;
import org.vaxline.aefi.domain.Causality;
import org.vaxline.aefi.domain.LotRate;
import org.vaxline.platform.http.Page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The safety page, read through the adverse-event feature's queries (the API's {@code /aefi/lots} and {@code /aefi}):
 * serious events per 100,000 doses per lot against the threshold, and the serious events awaiting follow-up.
 */
final class SafetyView {
    private static final Set<AefiOutcome> OPEN_OUTCOMES = Set.of(AefiOutcome.RECOVERING, AefiOutcome.NOT_RECOVERED, AefiOutcome.UNKNOWN);

    record Rate(LotRate rate, String state) {
    }

    private final LotSignals signals;
    private final ChangeSignalSettings settings;
    private final AefiQueries cases;

    SafetyView(LotSignals signals, ChangeSignalSettings settings, AefiQueries cases) {
        this.signals = signals;
        this.settings = settings;
        this.cases = cases;
    }

    /** @param provinceCode a province manager's province, or null for the nation */
    Map<String, Object> page(String provinceCode) {
        // A rate over a handful of doses says nothing: below the AEFI settings' minimum (data, with who set it) the page
        // shows a lot as "too few doses to judge" instead of flagged; the rate itself is the API's.
        long minDoses = settings.current().minimumDosesToFlag();
        List<Rate> rates = new ArrayList<>();
        UUID after = null;
        Page<LotRate> page;
        do {
            page = signals.page(null, after, 500);
            page.items().forEach(r -> rates.add(new Rate(r, state(r, minDoses))));
            after = page.next() == null ? null : UUID.fromString(page.next());
        } while (after != null);
        rates.sort((a, b) -> b.rate().seriousPer100k().compareTo(a.rate().seriousPer100k()));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rates", rates);
        view.put("threshold", rates.isEmpty() ? null : rates.get(0).rate().threshold());
        view.put("minDoses", minDoses);
        view.put("awaiting", awaitingFollowUp(provinceCode));
        return view;
    }

    /** flagged: over the threshold with enough doses; watch: over it on too few doses; ok otherwise. */
    static String state(LotRate rate, long minDoses) {
        if (!rate.flagged()) {
            return "ok";
        }
        return rate.dosesGiven() >= minDoses ? "flagged" : "fewDoses";
    }

    /** Serious events whose causality is not yet assessed or whose person has not yet recovered. */
    List<AefiCase> awaitingFollowUp(String provinceCode) {
        List<AefiCase> open = new ArrayList<>();
        UUID after = null;
        Page<AefiCase> page;
        do {
            page = cases.page(new AefiFilter(null, provinceCode, true), after, 500);
            page.items().stream().filter(c -> c.classification() == Causality.PENDING || OPEN_OUTCOMES.contains(c.outcome()))
                    .forEach(open::add);
            after = page.next() == null ? null : UUID.fromString(page.next());
        } while (after != null);
        return open;
    }
}
