package org.vaxline.shipment.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.vaxline.platform.store.Rows;
import org.vaxline.shipment.domain.Shipment;
import org.vaxline.shipment.domain.ShipmentLot;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The shipments and shipment_lots tables: each shipment is written once, with its lines. */
public final class ShipmentStore {
    private static final RowMapper<ShipmentLot> LOT = (rs, ctx) -> new ShipmentLot(
            rs.getInt("line"),
            Rows.uuid(rs, "lot_id", ctx),
            rs.getString("lot_number"),
            rs.getString("gtin"),
            Rows.date(rs, "manufactured_on", ctx),
            Rows.date(rs, "expires_on", ctx),
            rs.getLong("doses"),
            rs.getLong("vials"),
            Rows.uuid(rs, "stock_request_id", ctx));

    /** A shipment row without its lines; {@link #withLots} adds them. */
    private static final RowMapper<Shipment> SHIPMENT = (rs, ctx) -> new Shipment(
            Rows.uuid(rs, "id", ctx),
            Rows.uuid(rs, "agreement_id", ctx),
            Rows.uuid(rs, "commitment_id", ctx),
            Rows.uuid(rs, "facility_id", ctx),
            Rows.date(rs, "arrived_on", ctx),
            rs.getString("reference"),
            rs.getBoolean("over_delivery"),
            rs.getLong("total_doses"),
            Rows.uuid(rs, "delivery_id", ctx),
            List.of(),
            Rows.instant(rs, "recorded_at", ctx),
            rs.getString("recorded_by"));

    public void insert(Handle h, Shipment s) {
        h.createUpdate("""
                        INSERT INTO shipments (id, agreement_id, commitment_id, facility_id, arrived_on, reference, over_delivery,
                                               total_doses, delivery_id, recorded_at, recorded_by)
                        VALUES (:id, :agreementId, :commitmentId, :facilityId, :arrivedOn, :reference, :overDelivery,
                                :totalDoses, :deliveryId, :recordedAt, :recordedBy)""")
                .bind("id", s.id()).bind("agreementId", s.agreementId()).bind("commitmentId", s.commitmentId())
                .bind("facilityId", s.facilityId()).bind("arrivedOn", s.arrivedOn()).bind("reference", s.reference())
                .bind("overDelivery", s.overDelivery()).bind("totalDoses", s.totalDoses()).bind("deliveryId", s.deliveryId())
                .bind("recordedAt", s.recordedAt()).bind("recordedBy", s.recordedBy())
                .execute();
        for (ShipmentLot lot : s.lots()) {
            h.createUpdate("""
                            INSERT INTO shipment_lots (shipment_id, line, lot_id, lot_number, gtin, manufactured_on, expires_on,
                                                       doses, vials, stock_request_id)
                            VALUES (:shipmentId, :line, :lotId, :lotNumber, :gtin, :manufacturedOn, :expiresOn, :doses, :vials,
                                    :stockRequestId)""")
                    .bind("shipmentId", s.id()).bind("line", lot.line()).bind("lotId", lot.lotId())
                    .bind("lotNumber", lot.lotNumber()).bind("gtin", lot.gtin()).bind("manufacturedOn", lot.manufacturedOn())
                    .bind("expiresOn", lot.expiresOn()).bind("doses", lot.doses()).bind("vials", lot.vials())
                    .bind("stockRequestId", lot.stockRequestId())
                    .execute();
        }
    }

    public Optional<Shipment> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM shipments WHERE id = :id").bind("id", id).map(SHIPMENT).findOne()
                .map(s -> withLots(h, s));
    }

    /** In id order after {@code after}, at most {@code limit}; of one agreement when {@code agreementId} is given. */
    public List<Shipment> page(Handle h, UUID agreementId, UUID after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM shipments WHERE 1 = 1");
        if (agreementId != null) {
            sql.append(" AND agreement_id = :agreement");
        }
        if (after != null) {
            sql.append(" AND id > :after");
        }
        Query q = h.createQuery(sql.append(" ORDER BY id LIMIT :limit").toString()).bind("limit", limit);
        if (agreementId != null) {
            q.bind("agreement", agreementId);
        }
        if (after != null) {
            q.bind("after", after);
        }
        return q.map(SHIPMENT).list().stream().map(s -> withLots(h, s)).toList();
    }

    private Shipment withLots(Handle h, Shipment s) {
        List<ShipmentLot> lots = h.createQuery("SELECT * FROM shipment_lots WHERE shipment_id = :id ORDER BY line")
                .bind("id", s.id()).map(LOT).list();
        return new Shipment(s.id(), s.agreementId(), s.commitmentId(), s.facilityId(), s.arrivedOn(), s.reference(),
                s.overDelivery(), s.totalDoses(), s.deliveryId(), lots, s.recordedAt(), s.recordedBy());
    }
}
