package org.vaxline.aefi.http;

import org.vaxline.aefi.domain.SignalSettings;

import java.math.BigDecimal;
import java.time.Instant;

/** The signal threshold on the wire, with who set it last (absent while the seeded value stands). */
record SettingsView(BigDecimal seriousPer100kThreshold, long minimumDosesToFlag, Instant updatedAt, String updatedBy) {
    static SettingsView of(SignalSettings s) {
        return new SettingsView(s.seriousPer100kThreshold(), s.minimumDosesToFlag(), s.updatedAt(), s.updatedBy());
    }
}
