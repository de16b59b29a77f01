package org.vaxline.registry.store;

import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.platform.store.DeferredWrites;
import org.vaxline.platform.store.InLists;
import org.vaxline.platform.store.Rows;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.DoseKind;
import org.vaxline.registry.domain.DoseReversal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The append-only dose ledger ({@code doses}): written once per dose, read by person, lot and session. A dose that was
 * reversed ({@code dose_reversals}) stays in the ledger but is left out of every read that counts doses given; only
 * {@link #find} answers it, so a retry or a look-up by id still sees it.
 */
public final class DoseLedger {
    static final RowMapper<Dose> ROW = (rs, ctx) -> new Dose(Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "person_id", ctx),
            Rows.uuid(rs, "product_id", ctx), Rows.uuid(rs, "lot_id", ctx), Rows.uuid(rs, "site_id", ctx),
            rs.getString("province_code"), Rows.date(rs, "given_on", ctx), rs.getInt("dose_number"), rs.getString("series_code"),
            DoseKind.valueOf(rs.getString("kind")), Rows.uuid(rs, "session_id", ctx), rs.getString("interval_override_reason"),
            Rows.uuid(rs, "stock_request_id", ctx), Rows.instant(rs, "recorded_at", ctx), rs.getString("recorded_by"),
            rs.getBoolean("primary_source"), rs.getString("reported_lot_number"), rs.getString("given_elsewhere"));
    static final RowMapper<DoseReversal> REVERSAL = (rs, ctx) -> new DoseReversal(Rows.uuid(rs, "id", ctx),
            Rows.uuid(rs, "dose_id", ctx), rs.getString("reason"), Rows.uuid(rs, "stock_request_id", ctx),
            rs.getString("province_code"), Rows.instant(rs, "recorded_at", ctx), rs.getString("recorded_by"));
    private static final String ORDER = " ORDER BY given_on, dose_number, id";
    private static final String GIVEN = " AND NOT EXISTS (SELECT 1 FROM dose_reversals r WHERE r.dose_id = doses.id)";

    private static final String INSERT = """
            INSERT INTO doses (id, person_id, product_id, lot_id, site_id, province_code, given_on, dose_number,
                series_code, kind, session_id, interval_override_reason, stock_request_id, recorded_at, recorded_by,
                primary_source, reported_lot_number, given_elsewhere)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Appends a dose: held with the transaction's other writes and written with them in one batch
     * ({@link DeferredWrites}); what this transaction prefetched of the ledger learns it at once.
     */
    public void append(Handle h, Dose d) {
        DeferredWrites.on(h).insert(INSERT, d.id(), d.personId(), d.productId(), d.lotId(), d.siteId(), d.provinceCode(),
                d.givenOn(), d.doseNumber(), d.seriesCode(), d.kind(), d.sessionId(), d.intervalOverrideReason(),
                d.stockRequestId(), d.recordedAt(), d.recordedBy(), d.primarySource(), d.reportedLotNumber(),
                d.givenElsewhere());
        Prefetched.of(h).ifPresent(p -> p.appended(d));
        LedgerChain.link(h, ChainedLedgers.DOSES, d.id(), d.id(), d.personId(), d.productId(), d.lotId(), d.siteId(), d.provinceCode(), d.givenOn(), d.doseNumber(), d.seriesCode(), d.kind(), d.sessionId(), d.intervalOverrideReason(), d.stockRequestId(), d.recordedAt(), d.recordedBy(), d.primarySource(), d.reportedLotNumber(), d.givenElsewhere());
    }

    public void appendReversal(Handle h, DoseReversal r) {
        Prefetched.forget(h);
        h.createUpdate("""
                        INSERT INTO dose_reversals (id, dose_id, reason, stock_request_id, province_code, recorded_at, recorded_by)
                        VALUES (:id, :dose, :reason, :stockRequest, :province, :recordedAt, :recordedBy)""")
                .bind("id", r.id()).bind("dose", r.doseId()).bind("reason", r.reason())
                .bindByType("stockRequest", r.stockRequestId(), UUID.class)
                .bind("province", r.provinceCode()).bind("recordedAt", r.recordedAt()).bind("recordedBy", r.recordedBy())
                .execute();
        LedgerChain.link(h, ChainedLedgers.DOSE_REVERSALS, r.id(), r.id(), r.doseId(), r.reason(), r.stockRequestId(), r.provinceCode(), r.recordedAt(), r.recordedBy());
    }

    public Optional<DoseReversal> findReversal(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM dose_reversals WHERE id = :id").bind("id", id).map(REVERSAL).findOne();
    }

    /** The reversal of a dose, if it was reversed. */
    public Optional<DoseReversal> reversalOf(Handle h, UUID doseId) {
        return h.createQuery("SELECT * FROM dose_reversals WHERE dose_id = :dose").bind("dose", doseId).map(REVERSAL).findOne();
    }

    public Optional<Dose> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM doses WHERE id = :id").bind("id", id).map(ROW).findOne();
    }

    /** The doses of these person records (a survivor and those merged into it), in the order they were given. */
    public List<Dose> ofPersons(Handle h, Collection<UUID> personIds) {
        return h.createQuery("SELECT * FROM doses WHERE person_id IN (<ids>)" + GIVEN + ORDER).bindList("ids", List.copyOf(personIds))
                .map(ROW).list();
    }

    /** What deciding a dose reads of the ledger: the dose under its id if it is a retry, and the person's series. */
    public record ForDecision(Optional<Dose> existing, List<Dose> earlier) {
    }

    /**
     * The dose with this id (reversed or not: a retry still finds it) and the doses given to these records in the series
     * (reversed ones left out), in the order given: one statement where {@link #find} and {@link #inSeries} are two.
     */
    public ForDecision forDecision(Handle h, UUID doseId, Collection<UUID> personIds, String seriesCode) {
        Optional<ForDecision> known = Prefetched.of(h).flatMap(p -> p.forDecision(doseId, personIds, seriesCode));
        if (known.isPresent()) {
            return known.get();
        }
        List<Map.Entry<Dose, Boolean>> rows = h.createQuery("SELECT doses.*, EXISTS (SELECT 1 FROM dose_reversals r"
                        + " WHERE r.dose_id = doses.id) AS reversed FROM doses WHERE id = :id"
                        + " OR (person_id IN (<ids>) AND series_code = :series)" + ORDER)
                .bind("id", doseId).bindList("ids", List.copyOf(personIds)).bind("series", seriesCode)
                .map((rs, ctx) -> Map.entry(ROW.map(rs, ctx), rs.getBoolean("reversed"))).list();
        Optional<Dose> existing = rows.stream().map(Map.Entry::getKey).filter(d -> d.id().equals(doseId)).findFirst();
        List<Dose> earlier = rows.stream().filter(e -> !e.getValue() && personIds.contains(e.getKey().personId())
                && seriesCode.equals(e.getKey().seriesCode())).map(Map.Entry::getKey).toList();
        return new ForDecision(existing, earlier);
    }

    /**
     * Reads in one statement what deciding these doses needs of the ledger (the doses under their ids, and every dose of
     * these people), and keeps it for the rest of the transaction: {@link #forDecision} then answers from memory, and
     * {@link #append} keeps it current. For a batch of doses recorded together.
     */
    public void prefetch(Handle h, Collection<UUID> doseIds, Collection<UUID> personIds) {
        if (doseIds.isEmpty() && personIds.isEmpty()) {
            return;
        }
        // two indexed look-ups in one statement: with "id IN (…) OR person_id IN (…)" PostgreSQL's plan for a
        // prepared statement scanned the whole table
        String reversed = "SELECT doses.*, EXISTS (SELECT 1 FROM dose_reversals r WHERE r.dose_id = doses.id) AS reversed FROM doses";
        List<Map.Entry<Dose, Boolean>> rows = h.createQuery(reversed + " WHERE id IN (<ids>) UNION ALL " + reversed
                        + " WHERE person_id IN (<persons>)")
                .bindList("ids", InLists.padded(doseIds.isEmpty() ? List.of(new UUID(0, 0)) : doseIds))
                .bindList("persons", InLists.padded(personIds.isEmpty() ? List.of(new UUID(0, 0)) : personIds))
                .map((rs, ctx) -> Map.entry(ROW.map(rs, ctx), rs.getBoolean("reversed"))).list();
        Prefetched.keep(h, new Prefetched(doseIds, personIds, rows));
    }

    public List<Dose> inSeries(Handle h, Collection<UUID> personIds, String seriesCode) {
        return h.createQuery("SELECT * FROM doses WHERE person_id IN (<ids>) AND series_code = :series" + GIVEN + ORDER)
                .bindList("ids", List.copyOf(personIds)).bind("series", seriesCode).map(ROW).list();
    }

    public long countOfLot(Handle h, UUID lotId) {
        return h.createQuery("SELECT COUNT(*) FROM doses WHERE lot_id = :lot" + GIVEN).bind("lot", lotId).mapTo(Long.class).one();
    }

    /** How many people were given a dose from a lot (each person record once, however many doses). */
    public long recipientsOfLot(Handle h, UUID lotId) {
        return h.createQuery("SELECT COUNT(DISTINCT person_id) FROM doses WHERE lot_id = :lot" + GIVEN).bind("lot", lotId)
                .mapTo(Long.class).one();
    }

    /** The doses given from a lot, in id order after a cursor (null: from the start). */
    public List<Dose> ofLot(Handle h, UUID lotId, UUID after, int limit) {
        var query = h.createQuery("SELECT * FROM doses WHERE lot_id = :lot" + GIVEN + (after == null ? "" : " AND id > :after")
                + " ORDER BY id LIMIT :limit").bind("lot", lotId).bind("limit", limit);
        if (after != null) {
            query.bind("after", after);
        }
        return query.map(ROW).list();
    }

    public long countInSession(Handle h, UUID sessionId, UUID lotId) {
        return h.createQuery("SELECT COUNT(*) FROM doses WHERE session_id = :session AND lot_id = :lot" + GIVEN)
                .bind("session", sessionId).bind("lot", lotId).mapTo(Long.class).one();
    }

    /** Every person and series with doses, for a rebuild of the schedule. */
    public List<Dose> all(Handle h) {
        return h.createQuery("SELECT * FROM doses WHERE 1 = 1" + GIVEN + " ORDER BY person_id, series_code, given_on, dose_number, id").map(ROW).list();
    }

    /** Doses matching a search, in id order after a cursor (null: from the start). */
    public List<Dose> search(Handle h, org.vaxline.registry.application.DoseSearch q, UUID after, int limit) {
        if (q.matchesNothing()) {
            return List.of();
        }
        var query = h.createQuery(searchSql("SELECT * FROM doses", q, after) + " ORDER BY id LIMIT :limit").bind("limit", limit);
        return bindSearch(query, q, after).map(ROW).list();
    }

    /** How many doses match a search. */
    public long count(Handle h, org.vaxline.registry.application.DoseSearch q) {
        if (q.matchesNothing()) {
            return 0;
        }
        return bindSearch(h.createQuery(searchSql("SELECT COUNT(*) FROM doses", q, null)), q, null).mapTo(Long.class).one();
    }

    /** How many doses match a search on each day they were given, oldest first (days without one left out). */
    public List<org.vaxline.registry.application.DosesPerDay.Day> perDay(Handle h, org.vaxline.registry.application.DoseSearch q) {
        if (q.matchesNothing()) {
            return List.of();
        }
        return bindSearch(h.createQuery(searchSql("SELECT given_on, COUNT(*) AS doses FROM doses", q, null)
                        + " GROUP BY given_on ORDER BY given_on"), q, null)
                .map((rs, ctx) -> new org.vaxline.registry.application.DosesPerDay.Day(Rows.date(rs, "given_on", ctx),
                        rs.getLong("doses"))).list();
    }

    /** The reversals of some doses, by dose id. */
    public java.util.Map<UUID, DoseReversal> reversalsOf(Handle h, Collection<UUID> doseIds) {
        if (doseIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, DoseReversal> result = new java.util.HashMap<>();
        h.createQuery("SELECT * FROM dose_reversals WHERE dose_id IN (<ids>)").bindList("ids", List.copyOf(doseIds))
                .map(REVERSAL).forEach(r -> result.put(r.doseId(), r));
        return result;
    }

    private static String searchSql(String select, org.vaxline.registry.application.DoseSearch q, UUID after) {
        StringBuilder sql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (!q.includeReversed()) {
            sql.append(GIVEN);
        }
        if (q.personIds() != null) {
            sql.append(" AND person_id IN (<persons>)");
        }
        if (q.productIds() != null) {
            sql.append(" AND product_id IN (<products>)");
        }
        if (q.lotIds() != null) {
            sql.append(" AND lot_id IN (<lots>)");
        }
        if (q.from() != null) {
            sql.append(" AND given_on >= :from");
        }
        if (q.to() != null) {
            sql.append(" AND given_on <= :to");
        }
        if (q.provinceCode() != null) {
            sql.append(" AND province_code = :province");
        }
        if (q.givenHereOnly()) {
            sql.append(" AND primary_source = :givenHere");
        }
        if (q.recordedSince() != null) {
            sql.append(" AND (recorded_at >= :since OR EXISTS (SELECT 1 FROM dose_reversals r WHERE r.dose_id = doses.id"
                    + " AND r.recorded_at >= :since))");
        }
        if (after != null) {
            sql.append(" AND id > :after");
        }
        return sql.toString();
    }

    private static org.jdbi.v3.core.statement.Query bindSearch(org.jdbi.v3.core.statement.Query query,
                                                              org.vaxline.registry.application.DoseSearch q, UUID after) {
        if (q.personIds() != null) {
            query.bindList("persons", List.copyOf(q.personIds()));
        }
        if (q.productIds() != null) {
            query.bindList("products", List.copyOf(q.productIds()));
        }
        if (q.lotIds() != null) {
            query.bindList("lots", List.copyOf(q.lotIds()));
        }
        if (q.from() != null) {
            query.bind("from", q.from());
        }
        if (q.to() != null) {
            query.bind("to", q.to());
        }
        if (q.provinceCode() != null) {
            query.bind("province", q.provinceCode());
        }
        if (q.givenHereOnly()) {
            query.bind("givenHere", true);
        }
        if (q.recordedSince() != null) {
            query.bind("since", q.recordedSince());
        }
        if (after != null) {
            query.bind("after", after);
        }
        return query;
    }
}
