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

    public SignalSettings change(Actor actor, BigDecimal threshold) {
        actor.requireNational("change the AEFI signal threshold");
        AefiRules.validateThreshold(threshold);
        return store.inTransaction(h -> {
            settings.update(h, new SignalSettings(threshold, clock.instant(), actor.name()));
            return settings.read(h);
        });
    }
}
