package org.vaxline.coldchain.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.coldchain.domain.Excursion;
import org.vaxline.platform.store.Rows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only ledger of excursions. */
public final class ExcursionLedger {
    private static final RowMapper<Excursion> EXCURSION = (rs, ctx) -> new Excursion(
            Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "facility_id", ctx), rs.getString("province_code"),
            Rows.uuid(rs, "shipment_id", ctx), Rows.instant(rs, "started_at", ctx), rs.getInt("duration_minutes"),
            rs.getDouble("lowest_c"), rs.getDouble("highest_c"), rs.getString("note"),
            Rows.instant(rs, "recorded_at", ctx), rs.getString("recorded_by"));

    /** An excursion is open while one of the lots it held has no assessment. */
    private static final String OPEN = """
            EXISTS (SELECT 1 FROM excursion_lots l WHERE l.excursion_id = e.id AND l.hold_id IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM excursion_assessments a
                                    WHERE a.excursion_id = l.excursion_id AND a.lot_id = l.lot_id))""";

    public void insert(Handle h, Excursion e) {
        h.createUpdate("""
                        INSERT INTO excursions (id, facility_id, province_code, shipment_id, started_at, duration_minutes,
                                                lowest_c, highest_c, note, recorded_at, recorded_by)
                        VALUES (:id, :facilityId, :province, :shipmentId, :startedAt, :minutes, :lowest, :highest, :note,
                                :recordedAt, :recordedBy)""")
                .bind("id", e.id()).bind("facilityId", e.facilityId()).bind("province", e.provinceCode())
                .bindByType("shipmentId", e.shipmentId(), UUID.class).bind("startedAt", e.startedAt())
                .bind("minutes", e.durationMinutes()).bind("lowest", e.lowestC()).bind("highest", e.highestC())
                .bind("note", e.note()).bind("recordedAt", e.recordedAt()).bind("recordedBy", e.recordedBy())
                .execute();
    }

    public Optional<Excursion> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM excursions WHERE id = :id").bind("id", id).map(EXCURSION).findOne();
    }

    /**
     * Excursions in id (= creation) order after the cursor, optionally of one facility and open or closed; one more
     * than the page so the caller knows of a next one.
     */
    public List<Excursion> page(Handle h, UUID facilityId, Boolean open, UUID after, int limitPlusOne) {
        StringBuilder sql = new StringBuilder("SELECT * FROM excursions e WHERE 1 = 1");
        if (facilityId != null) {
            sql.append(" AND e.facility_id = :facility");
        }
        if (after != null) {
            sql.append(" AND e.id > :after");
        }
        if (open != null) {
            sql.append(open ? " AND " : " AND NOT ").append(OPEN);
        }
        sql.append(" ORDER BY e.id LIMIT :limit");
        var query = h.createQuery(sql.toString()).bind("limit", limitPlusOne);
        if (facilityId != null) {
            query.bind("facility", facilityId);
        }
        if (after != null) {
            query.bind("after", after);
        }
        return query.map(EXCURSION).list();
    }
}
