package org.vaxline.aefi.application;

import org.vaxline.aefi.domain.AefiRules;
import org.vaxline.aefi.domain.SignalSettings;
import org.vaxline.aefi.store.SettingsStore;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.math.BigDecimal;
import java.time.Clock;

/** Reads and sets the signal threshold; only the national programme sets it, and the change names who and when. */
public final class ChangeSignalSettings {
    private final Store store;
    private final Clock clock;
    private final SettingsStore settings;

    public ChangeSignalSettings(Store store, Clock clock, SettingsStore settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    public SignalSettings current() {
        return store.read(settings::read);
    }

    /** Sets the threshold and keeps the minimum number of doses. */
    public SignalSettings change(Actor actor, BigDecimal threshold) {
        return change(actor, threshold, null);
    }

    /** @param minimumDosesToFlag null keeps the current minimum */
    public SignalSettings change(Actor actor, BigDecimal threshold, Long minimumDosesToFlag) {
        actor.requireNational("change the AEFI signal threshold");
        AefiRules.validateThreshold(threshold);
        AefiRules.validateMinimumDoses(minimumDosesToFlag);
        return store.inTransaction(h -> {
            long minimum = minimumDosesToFlag != null ? minimumDosesToFlag : settings.read(h).minimumDosesToFlag();
            settings.update(h, new SignalSettings(threshold, minimum, clock.instant(), actor.name()));
            return settings.read(h);
        });
    }
}
