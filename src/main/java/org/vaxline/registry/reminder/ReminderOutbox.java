package org.vaxline.registry.reminder;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.platform.store.Rows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox ({@code reminders}) and its sent log ({@code reminder_deliveries}): both append-only. */
public final class ReminderOutbox {
    private static final RowMapper<Reminder> ROW = (rs, ctx) -> new Reminder(Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "person_id", ctx),
            rs.getString("series_code"), rs.getInt("dose_number"), rs.getString("phone"), rs.getString("text"),
            Rows.instant(rs, "created_at", ctx), Rows.instant(rs, "sent_at", ctx));
    private static final String SELECT = """
            SELECT r.*, d.sent_at FROM reminders r LEFT JOIN reminder_deliveries d ON d.reminder_id = r.id""";

    /** Whom a reminder goes to: read from the person registry's table, since a reminder needs only the name and phone. */
    public record Recipient(String fullName, String phone) {
    }

    public Optional<Recipient> recipient(Handle h, UUID personId) {
        return h.createQuery("SELECT full_name, phone FROM persons WHERE id = :id").bind("id", personId)
                .map((rs, ctx) -> new Recipient(rs.getString("full_name"), rs.getString("phone"))).findOne();
    }

    public boolean exists(Handle h, UUID id) {
        return h.createQuery("SELECT COUNT(*) FROM reminders WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0;
    }

    public void add(Handle h, Reminder r) {
        h.createUpdate("""
                        INSERT INTO reminders (id, person_id, series_code, dose_number, phone, text, created_at)
                        VALUES (:id, :person, :series, :number, :phone, :text, :at)""")
                .bind("id", r.id()).bind("person", r.personId()).bind("series", r.seriesCode()).bind("number", r.doseNumber())
                .bind("phone", r.phone()).bind("text", r.text()).bind("at", r.createdAt()).execute();
    }

    /** Reminders not sent yet, but none to someone who died since it was queued: it stays in the outbox, unsent. */
    public List<Reminder> unsent(Handle h, int limit) {
        return h.createQuery(SELECT + " WHERE d.reminder_id IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM person_deaths pd WHERE pd.person_id = r.person_id)"
                        + " ORDER BY r.created_at, r.id LIMIT :limit")
                .bind("limit", limit).map(ROW).list();
    }

    public List<Reminder> all(Handle h) {
        return h.createQuery(SELECT + " ORDER BY r.created_at, r.id").map(ROW).list();
    }

    public void markSent(Handle h, UUID id, String sender, Instant at) {
        h.createUpdate("INSERT INTO reminder_deliveries (reminder_id, sender, sent_at) VALUES (:id, :sender, :at)")
                .bind("id", id).bind("sender", sender).bind("at", at).execute();
    }
}
