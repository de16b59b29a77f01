package org.vaxline.registry.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.platform.store.Rows;
import org.vaxline.registry.domain.Session;
import java.util.List;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Vaccination sessions, the vials opened in them and their closing: three append-only tables. */
public final class SessionStore {
    private static final RowMapper<Session> ROW = (rs, ctx) -> new Session(Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "site_id", ctx),
            rs.getString("province_code"), Rows.date(rs, "session_date", ctx), Rows.instant(rs, "opened_at", ctx),
            rs.getString("opened_by"), Rows.instant(rs, "closed_at", ctx), rs.getString("closed_by"));

    public void open(Handle h, Session s) {
        h.createUpdate("""
                        INSERT INTO vaccination_sessions (id, site_id, province_code, session_date, opened_at, opened_by)
                        VALUES (:id, :site, :province, :date, :at, :by)""")
                .bind("id", s.id()).bind("site", s.siteId()).bind("province", s.provinceCode()).bind("date", s.date())
                .bind("at", s.openedAt()).bind("by", s.openedBy()).execute();
    }

    public Optional<Session> find(Handle h, UUID id) {
        return h.createQuery("""
                        SELECT s.*, c.closed_at, c.closed_by FROM vaccination_sessions s
                        LEFT JOIN session_closures c ON c.session_id = s.id WHERE s.id = :id""")
                .bind("id", id).map(ROW).findOne();
    }

    /** An opening of vials as recorded under its id. */
    public record Opening(UUID id, UUID sessionId, UUID lotId, int vials) {
    }

    public Optional<Opening> opening(Handle h, UUID id) {
        return h.createQuery("SELECT id, session_id, lot_id, vials FROM session_vials WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Opening(id, UUID.fromString(rs.getString("session_id")),
                        UUID.fromString(rs.getString("lot_id")), rs.getInt("vials")))
                .findOne();
    }

    /** Opens vials of a lot under a new id; the primary key refuses a second opening under the same id. */
    public void openVials(Handle h, UUID id, UUID sessionId, UUID lotId, int vials, Instant at, String by) {
        h.createUpdate("""
                        INSERT INTO session_vials (id, session_id, lot_id, vials, opened_at, opened_by)
                        VALUES (:id, :session, :lot, :vials, :at, :by)""")
                .bind("id", id).bind("session", sessionId).bind("lot", lotId).bind("vials", vials).bind("at", at).bind("by", by)
                .execute();
    }

    /** Vials opened per lot in a session, in the order first opened. */
    public Map<UUID, Long> vialsByLot(Handle h, UUID sessionId) {
        Map<UUID, Long> vials = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT lot_id, SUM(vials) AS vials, MIN(opened_at) AS first FROM session_vials
                        WHERE session_id = :session GROUP BY lot_id ORDER BY first, lot_id""")
                .bind("session", sessionId)
                .map((rs, ctx) -> Map.entry(Rows.uuid(rs, "lot_id", ctx), rs.getLong("vials")))
                .forEach(e -> vials.put(e.getKey(), e.getValue()));
        return vials;
    }

    public void close(Handle h, UUID sessionId, Instant at, String by) {
        h.createUpdate("INSERT INTO session_closures (session_id, closed_at, closed_by) VALUES (:session, :at, :by)")
                .bind("session", sessionId).bind("at", at).bind("by", by).execute();
    }

    /** The sessions of a site on a day that are not closed. */
    public List<Session> openAt(Handle h, UUID siteId, java.time.LocalDate date) {
        return h.createQuery("""
                        SELECT s.*, c.closed_at, c.closed_by FROM vaccination_sessions s
                        LEFT JOIN session_closures c ON c.session_id = s.id
                        WHERE s.site_id = :site AND s.session_date = :date AND c.session_id IS NULL ORDER BY s.id""")
                .bind("site", siteId).bind("date", date).map(ROW).list();
    }
}
