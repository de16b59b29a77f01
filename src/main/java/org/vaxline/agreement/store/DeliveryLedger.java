package org.vaxline.agreement.store;

import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.agreement.domain.DeliveryEntry;
import org.vaxline.agreement.domain.EntryType;
import org.vaxline.agreement.domain.Fulfilment;
import org.vaxline.agreement.domain.Quantity;
import org.vaxline.platform.store.Projection;
import org.vaxline.platform.store.Rows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The append-only delivery ledger and its projection, commitment_fulfilment. Every append refreshes the projection
 * of its commitment in the same transaction; {@link #rebuild} recomputes all of them from the ledger.
 */
public final class DeliveryLedger implements Projection {
    private static final RowMapper<DeliveryEntry> ENTRY = (rs, ctx) -> new DeliveryEntry(
            Rows.uuid(rs, "id", ctx),
            Rows.uuid(rs, "agreement_id", ctx),
            Rows.uuid(rs, "commitment_id", ctx),
            EntryType.valueOf(rs.getString("type")),
            Quantity.ofMilli(rs.getLong("quantity_milli"), rs.getString("unit")),
            Rows.date(rs, "delivered_on", ctx),
            rs.getString("reference"),
            rs.getBoolean("over_delivery"),
            Rows.uuid(rs, "reverses_id", ctx),
            rs.getString("reason"),
            Rows.instant(rs, "recorded_at", ctx),
            rs.getString("recorded_by"));

    /** Sums what still stands per commitment; a reversed delivery and its reversal cancel out. */
    private static final String FULFILMENT_SELECT = """
            SELECT c.id AS commitment_id, c.agreement_id,
                   COALESCE((SELECT SUM(d.quantity_milli) FROM deliveries d WHERE d.commitment_id = c.id), 0) AS delivered_milli,
                   (SELECT COUNT(*) FROM deliveries d WHERE d.commitment_id = c.id AND d.type = 'DELIVERY'
                        AND NOT EXISTS (SELECT 1 FROM deliveries r WHERE r.reverses_id = d.id)) AS deliveries,
                   (SELECT MIN(d.delivered_on) FROM deliveries d WHERE d.commitment_id = c.id AND d.type = 'DELIVERY'
                        AND NOT EXISTS (SELECT 1 FROM deliveries r WHERE r.reverses_id = d.id)) AS first_delivered_on,
                   (SELECT MAX(d.delivered_on) FROM deliveries d WHERE d.commitment_id = c.id AND d.type = 'DELIVERY'
                        AND NOT EXISTS (SELECT 1 FROM deliveries r WHERE r.reverses_id = d.id)) AS last_delivered_on
            FROM commitments c
            WHERE c.quantity_milli IS NOT NULL""";

    private static final String FULFILMENT_UPSERT = """
            INSERT INTO commitment_fulfilment (commitment_id, agreement_id, delivered_milli, deliveries, first_delivered_on, last_delivered_on)
            %s
            ON CONFLICT (commitment_id) DO UPDATE SET delivered_milli = excluded.delivered_milli,
                deliveries = excluded.deliveries, first_delivered_on = excluded.first_delivered_on,
                last_delivered_on = excluded.last_delivered_on""";

    /**
     * Takes the commitment's write lock for the rest of the transaction (a row lock on PostgreSQL; SQLite's
     * write transactions are already serial), so two deliveries cannot both pass the over-delivery check.
     */
    public void lock(Handle h, UUID commitmentId) {
        h.createUpdate("UPDATE commitment_fulfilment SET delivered_milli = delivered_milli WHERE commitment_id = :id")
                .bind("id", commitmentId).execute();
    }

    public void append(Handle h, DeliveryEntry e) {
        h.createUpdate("""
                        INSERT INTO deliveries (id, agreement_id, commitment_id, type, quantity_milli, unit, delivered_on, reference,
                                                over_delivery, reverses_id, reason, province_code, recorded_at, recorded_by)
                        VALUES (:id, :agreementId, :commitmentId, :type, :quantityMilli, :unit, :deliveredOn, :reference,
                                :overDelivery, :reverses, :reason, NULL, :recordedAt, :recordedBy)""")
                .bind("id", e.id()).bind("agreementId", e.agreementId()).bind("commitmentId", e.commitmentId())
                .bind("type", e.type().name()).bind("quantityMilli", e.quantity().milli()).bind("unit", e.quantity().unit())
                .bind("deliveredOn", e.deliveredOn()).bind("reference", e.reference()).bind("overDelivery", e.overDelivery())
                .bindByType("reverses", e.reverses(), UUID.class).bind("reason", e.reason())
                .bind("recordedAt", e.recordedAt()).bind("recordedBy", e.recordedBy())
                .execute();
        LedgerChain.link(h, ChainedLedgers.DELIVERIES, e.id(), e.id(), e.agreementId(), e.commitmentId(), e.type(), e.quantity().milli(), e.quantity().unit(), e.deliveredOn(), e.reference(), e.overDelivery(), e.reverses(), e.reason(), null, e.recordedAt(), e.recordedBy());
        refresh(h, e.commitmentId());
    }

    /** Recomputes one commitment's projection from its ledger entries (a new commitment starts at nothing). */
    public void refresh(Handle h, UUID commitmentId) {
        h.createUpdate(String.format(FULFILMENT_UPSERT, FULFILMENT_SELECT + " AND c.id = :id"))
                .bind("id", commitmentId).execute();
    }

    public Optional<DeliveryEntry> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM deliveries WHERE id = :id").bind("id", id).map(ENTRY).findOne();
    }

    public boolean isReversed(Handle h, UUID deliveryId) {
        return h.createQuery("SELECT COUNT(*) FROM deliveries WHERE reverses_id = :id").bind("id", deliveryId)
                .mapTo(Integer.class).one() > 0;
    }

    public List<DeliveryEntry> page(Handle h, UUID agreementId, UUID after, int limitPlusOne) {
        return h.createQuery("SELECT * FROM deliveries WHERE agreement_id = :agreementId"
                        + (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
                .bind("agreementId", agreementId).bindByType("after", after, UUID.class).bind("limit", limitPlusOne)
                .map(ENTRY).list();
    }

    /** The projection row: what the ledger says has arrived, kept current with every entry. */
    public Fulfilment fulfilment(Handle h, UUID commitmentId, String unit) {
        return h.createQuery("SELECT * FROM commitment_fulfilment WHERE commitment_id = :id").bind("id", commitmentId)
                .map((rs, ctx) -> new Fulfilment(commitmentId, Quantity.ofMilli(rs.getLong("delivered_milli"), unit),
                        rs.getInt("deliveries"), Rows.date(rs, "first_delivered_on", ctx), Rows.date(rs, "last_delivered_on", ctx)))
                .findOne().orElse(Fulfilment.none(commitmentId, unit));
    }

    /** What had arrived by a past day, read from the ledger itself. */
    public Fulfilment fulfilmentAsOf(Handle h, UUID commitmentId, String unit, LocalDate asOf) {
        return h.createQuery("""
                        SELECT COALESCE(SUM(quantity_milli), 0) AS delivered_milli,
                               SUM(CASE WHEN type = 'DELIVERY' THEN 1 ELSE -1 END) AS deliveries,
                               MIN(delivered_on) AS first_delivered_on, MAX(delivered_on) AS last_delivered_on
                        FROM deliveries WHERE commitment_id = :id AND delivered_on <= :asOf""")
                .bind("id", commitmentId).bind("asOf", asOf)
                .map((rs, ctx) -> new Fulfilment(commitmentId, Quantity.ofMilli(rs.getLong("delivered_milli"), unit),
                        rs.getInt("deliveries"), Rows.date(rs, "first_delivered_on", ctx), Rows.date(rs, "last_delivered_on", ctx)))
                .one();
    }

    @Override
    public int countMismatches(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM (" + FULFILMENT_SELECT + ") r "
                        + "LEFT JOIN commitment_fulfilment f ON f.commitment_id = r.commitment_id "
                        + "WHERE f.commitment_id IS NULL OR f.delivered_milli <> r.delivered_milli OR f.deliveries <> r.deliveries "
                        + "OR f.first_delivered_on IS DISTINCT FROM r.first_delivered_on "
                        + "OR f.last_delivered_on IS DISTINCT FROM r.last_delivered_on")
                .mapTo(Integer.class).one();
    }

    @Override
    public void rebuild(Handle h) {
        h.createUpdate(String.format(FULFILMENT_UPSERT, FULFILMENT_SELECT)).execute();
    }
}
