package org.vaxline.lot.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.store.TransactionMemo;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.lot.domain.Lot;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.LotStatePolicy;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.platform.store.InLists;
import org.vaxline.platform.store.Rows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The lot state projection (lot_state, lot_state_holds): status, expiry in force and holds of each lot, refreshed from
 * the ledgers in the transaction that changes them, so a use of a lot reads two indexed rows instead of five ledgers.
 */
public final class LotStateProjection {
    private static final String SELECT = """
            SELECT l.*, s.status, s.expires_on, s.released_on, s.held_everywhere
            FROM lots l JOIN lot_state s ON s.lot_id = l.id""";

    private final LotStore lots;
    private final DecisionLedger decisions;
    private final HoldLedger holds;
    private final ShelfLifeLedger shelfLife;

    public LotStateProjection(LotStore lots, DecisionLedger decisions, HoldLedger holds, ShelfLifeLedger shelfLife) {
        this.lots = lots;
        this.decisions = decisions;
        this.holds = holds;
        this.shelfLife = shelfLife;
    }

    /** What the ledgers say the lot's state is. */
    public LotState compute(Handle h, Lot lot) {
        return LotStatePolicy.stateOf(lot, decisions.ofLot(h, lot.id()), holds.ofLot(h, lot.id()),
                shelfLife.ofProduct(h, lot.productId()));
    }

    /** Recomputes one lot's projection from the ledgers. */
    public LotState refresh(Handle h, Lot lot) {
        LotState state = compute(h, lot);
        write(h, state);
        return state;
    }

    public Optional<LotState> find(Handle h, UUID lotId) {
        List<LotState> found = findAll(h, List.of(lotId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The lot with its hold at one facility only (or everywhere): what a dose at a site asks. The lot is read once per
     * transaction with every facility that holds it (one statement), and each facility's view is made from that: a
     * batch of doses at many sites from a few lots reads each lot once, not once per site. write() forgets it.
     */
    public Optional<LotState> findAt(Handle h, UUID lotId, UUID facilityId) {
        TransactionMemo memo = TransactionMemo.of(h);
        AtFacility key = new AtFacility(lotId, facilityId);
        Optional<LotState> remembered = memo.get(key, LotState.class);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<LotState> withAllHolds = memo.get(new WithAllHolds(lotId), LotState.class);
        if (withAllHolds.isEmpty()) {
            rememberWithAllHolds(h, List.of(lotId));
            withAllHolds = memo.get(new WithAllHolds(lotId), LotState.class);
        }
        Optional<LotState> here = withAllHolds.map(l -> new LotState(l.lotId(), l.productId(), l.lotNumber(), l.gtin(),
                l.manufacturedOn(), l.labelledExpiry(), l.expiresOn(), l.status(), l.releasedOn(), l.heldEverywhere(),
                l.heldAtFacilities().contains(facilityId) ? Set.of(facilityId) : Set.of()));
        here.ifPresent(state -> memo.put(key, state));
        return here;
    }

    /**
     * Reads the lots not yet remembered in this transaction, each with every facility holding it, in one statement,
     * for {@link #findAt} to answer from. A batch of doses calls it before its first dose holds any row back: a lot
     * first read mid-batch would make the transaction write every row held so far first (DeferredWrites), splitting
     * the batch's writes in two.
     */
    public void rememberWithAllHolds(Handle h, Collection<UUID> lotIds) {
        TransactionMemo memo = TransactionMemo.of(h);
        List<UUID> unknown = lotIds.stream().distinct()
                .filter(id -> memo.get(new WithAllHolds(id), LotState.class).isEmpty()).toList();
        if (unknown.isEmpty()) {
            return;
        }
        Map<UUID, Row> lots = new HashMap<>();
        Map<UUID, Set<UUID>> heldAt = new HashMap<>();
        h.createQuery("""
                        SELECT l.*, s.status, s.expires_on, s.released_on, s.held_everywhere, hh.facility_id AS held_at
                        FROM lots l JOIN lot_state s ON s.lot_id = l.id LEFT JOIN lot_state_holds hh ON hh.lot_id = l.id
                        WHERE l.id IN (<ids>)""")
                .bindList("ids", InLists.padded(unknown))
                .map((rs, ctx) -> {
                    Row row = ROW.map(rs, ctx);
                    UUID held = Rows.uuid(rs, "held_at", ctx);
                    Set<UUID> holds = heldAt.computeIfAbsent(row.lot().id(), id -> new HashSet<>());
                    if (held != null) {
                        holds.add(held);
                    }
                    return row;
                })
                .forEach(row -> lots.putIfAbsent(row.lot().id(), row));
        lots.forEach((id, r) -> {
            Lot l = r.lot();
            memo.put(new WithAllHolds(id), new LotState(l.id(), l.productId(), l.lotNumber(), l.gtin(), l.manufacturedOn(),
                    l.labelledExpiry(), r.expiresOn(), r.status(), r.releasedOn(), r.heldEverywhere(), heldAt.get(id)));
            memo.put(new Remembered(id), Boolean.TRUE);
        });
    }

    /** The memo's key of a lot's state with every facility that holds it. */
    private record WithAllHolds(UUID lotId) {
    }

    /** The memo's key of a lot's state as one facility sees it. */
    private record AtFacility(UUID lotId, UUID facilityId) {
    }

    /** Marks that some facility's view of a lot is remembered in this transaction. */
    private record Remembered(UUID lotId) {
    }

    public List<LotState> findAll(Handle h, Collection<UUID> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = List.copyOf(new HashSet<>(lotIds));
        List<Row> rows = h.createQuery(SELECT + " WHERE l.id IN (<ids>) ORDER BY l.id").bindList("ids", ids).map(ROW).list();
        return withHolds(h, rows);
    }

    /** Lots of a product and/or status, in id order after a cursor. */
    public List<LotState> page(Handle h, UUID productId, LotStatus status, UUID after, int limitPlusOne) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        if (productId != null) {
            sql.append(" AND l.product_id = :productId");
        }
        if (status != null) {
            sql.append(" AND s.status = :status");
        }
        if (after != null) {
            sql.append(" AND l.id > :after");
        }
        sql.append(" ORDER BY l.id LIMIT :limit");
        var query = h.createQuery(sql.toString()).bind("limit", limitPlusOne);
        if (productId != null) {
            query.bind("productId", productId);
        }
        if (status != null) {
            query.bind("status", status.name());
        }
        if (after != null) {
            query.bind("after", after);
        }
        return withHolds(h, query.map(ROW).list());
    }

    /** Lots whose projection differs from the ledgers. */
    public int countMismatches(Handle h) {
        int mismatches = 0;
        for (UUID id : lots.allIds(h)) {
            Lot lot = lots.find(h, id).orElseThrow();
            if (!find(h, id).equals(Optional.of(compute(h, lot)))) {
                mismatches++;
            }
        }
        return mismatches;
    }

    /** Recomputes every lot's projection from the ledgers. */
    public void rebuild(Handle h) {
        for (UUID id : lots.allIds(h)) {
            refresh(h, lots.find(h, id).orElseThrow());
        }
    }

    private void write(Handle h, LotState s) {
        TransactionMemo memo = TransactionMemo.of(h);
        if (memo.get(new Remembered(s.lotId()), Boolean.class).isPresent()) {
            memo.forgetWhere(key -> key instanceof AtFacility at && at.lotId().equals(s.lotId())
                    || key instanceof WithAllHolds all && all.lotId().equals(s.lotId()));
        }
        h.createUpdate("""
                        INSERT INTO lot_state (lot_id, status, expires_on, released_on, held_everywhere)
                        VALUES (:lotId, :status, :expiresOn, :releasedOn, :everywhere)
                        ON CONFLICT (lot_id) DO UPDATE SET status = excluded.status, expires_on = excluded.expires_on,
                            released_on = excluded.released_on, held_everywhere = excluded.held_everywhere""")
                .bind("lotId", s.lotId()).bind("status", s.status().name()).bind("expiresOn", s.expiresOn())
                .bind("releasedOn", s.releasedOn())
                .bind("everywhere", s.heldEverywhere())
                .execute();
        h.createUpdate("DELETE FROM lot_state_holds WHERE lot_id = :lotId").bind("lotId", s.lotId()).execute();
        for (UUID facility : s.heldAtFacilities()) {
            h.createUpdate("INSERT INTO lot_state_holds (lot_id, facility_id) VALUES (:lotId, :facilityId)")
                    .bind("lotId", s.lotId()).bind("facilityId", facility).execute();
        }
    }

    private static List<LotState> withHolds(Handle h, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<UUID>> heldAt = new HashMap<>();
        h.createQuery("SELECT lot_id, facility_id FROM lot_state_holds WHERE lot_id IN (<ids>)")
                .bindList("ids", rows.stream().map(r -> r.lot().id()).toList())
                .map((rs, ctx) -> Map.entry(Rows.uuid(rs, "lot_id", ctx), Rows.uuid(rs, "facility_id", ctx)))
                .forEach(e -> heldAt.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        List<LotState> states = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Lot l = r.lot();
            states.add(new LotState(l.id(), l.productId(), l.lotNumber(), l.gtin(), l.manufacturedOn(), l.labelledExpiry(),
                    r.expiresOn(), r.status(), r.releasedOn(), r.heldEverywhere(), heldAt.getOrDefault(l.id(), Set.of())));
        }
        return states;
    }

    private record Row(Lot lot, LotStatus status, java.time.LocalDate expiresOn, java.time.LocalDate releasedOn,
                       boolean heldEverywhere) {
    }

    private static final RowMapper<Row> ROW = (rs, ctx) -> new Row(LotStore.LOT.map(rs, ctx),
            LotStatus.valueOf(rs.getString("status")), Rows.date(rs, "expires_on", ctx), Rows.date(rs, "released_on", ctx),
            rs.getBoolean("held_everywhere"));
}
