package org.vaxline.aefi.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.aefi.domain.SignalSettings;
import org.vaxline.platform.store.Rows;

import java.math.BigDecimal;

/** The one row of aefi_settings, seeded by the migration. */
public final class SettingsStore {
    public SignalSettings read(Handle h) {
        return h.createQuery("SELECT * FROM aefi_settings WHERE id = 1")
                .map((rs, ctx) -> new SignalSettings(plain(new BigDecimal(rs.getString("serious_per_100k_threshold"))),
                        rs.getLong("minimum_doses_to_flag"), Rows.instant(rs, "updated_at", ctx), rs.getString("updated_by")))
                .one();
    }

    public void update(Handle h, SignalSettings s) {
        h.createUpdate("UPDATE aefi_settings SET serious_per_100k_threshold = :threshold, minimum_doses_to_flag = :minimum, updated_at = :at, updated_by = :by WHERE id = 1")
                .bind("threshold", s.seriousPer100kThreshold()).bind("minimum", s.minimumDosesToFlag()).bind("at", s.updatedAt()).bind("by", s.updatedBy())
                .execute();
    }

    /** 10, not 10.000 or 1E+1. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
