package org.vaxline.registry.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.store.DeferredWrites;
import org.vaxline.platform.store.Projection;
import org.vaxline.platform.store.Rows;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.DoseKind;
import org.vaxline.registry.domain.Schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@code person_schedule}: each person's next dose per series, written in the transaction of the dose that changes it,
 * and rebuildable from the dose ledger. How a schedule follows from doses is the caller's {@link Calculator}.
 */
public final class ScheduleProjection implements Projection {
    /** Computes a person's schedule in a series from its doses (in the order given). */
    @FunctionalInterface
    public interface Calculator {
        Schedule of(String seriesCode, List<Dose> doses);
    }

    /** A row: the schedule with the last dose's product and site (where the person is expected back). */
    public record Row(UUID personId, String seriesCode, int dosesGiven, Integer nextDoseNumber, DoseKind nextKind,
                      LocalDate earliestOn, LocalDate dueOn, boolean complete, LocalDate lastGivenOn, UUID lastProductId,
                      UUID lastSiteId, String provinceCode) {
    }

    private static final org.jdbi.v3.core.mapper.RowMapper<Row> ROW = (rs, ctx) -> new Row(Rows.uuid(rs, "person_id", ctx),
            rs.getString("series_code"), rs.getInt("doses_given"), nullableInt(rs, "next_dose_number"),
            rs.getString("next_kind") == null ? null : DoseKind.valueOf(rs.getString("next_kind")),
            Rows.date(rs, "earliest_on", ctx), Rows.date(rs, "due_on", ctx), rs.getBoolean("complete"),
            Rows.date(rs, "last_given_on", ctx), Rows.uuid(rs, "last_product_id", ctx), Rows.uuid(rs, "last_site_id", ctx),
            rs.getString("province_code"));

    private final DoseLedger doses;
    private final Calculator calculator;
    private final java.util.function.UnaryOperator<UUID> survivorOf;

    /** @param survivorOf the record that stands for a person after merges, so a rebuild counts a duplicate's doses for it */
    public ScheduleProjection(DoseLedger doses, Calculator calculator, java.util.function.UnaryOperator<UUID> survivorOf) {
        this.doses = doses;
        this.calculator = calculator;
        this.survivorOf = survivorOf;
    }

    /** The row a person's doses in one series make (the doses in the order given, at least one). */
    public Row rowOf(UUID personId, String seriesCode, List<Dose> inSeries) {
        Schedule s = calculator.of(seriesCode, inSeries);
        Dose last = inSeries.get(inSeries.size() - 1);
        // the site of the last dose given here: a historical dose, given elsewhere, has none
        UUID lastSite = null;
        for (Dose d : inSeries) {
            if (d.siteId() != null) {
                lastSite = d.siteId();
            }
        }
        return new Row(personId, seriesCode, s.dosesGiven(), s.nextDoseNumber(), s.nextKind(), s.earliestOn(), s.dueOn(),
                s.complete(), last.givenOn(), last.productId(), lastSite, last.provinceCode());
    }

    private static final String UPSERT = """
            INSERT INTO person_schedule (person_id, series_code, doses_given, next_dose_number, next_kind, earliest_on,
                due_on, complete, last_given_on, last_product_id, last_site_id, province_code)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (person_id, series_code) DO UPDATE SET doses_given = excluded.doses_given,
                next_dose_number = excluded.next_dose_number, next_kind = excluded.next_kind,
                earliest_on = excluded.earliest_on, due_on = excluded.due_on, complete = excluded.complete,
                last_given_on = excluded.last_given_on, last_product_id = excluded.last_product_id,
                last_site_id = excluded.last_site_id, province_code = excluded.province_code""";

    /**
     * Writes the row over any the person had in the series (the key is person and series): held with the transaction's
     * other writes, and only the last row per key is written ({@link DeferredWrites}).
     */
    public void write(Handle h, Row r) {
        DeferredWrites.on(h).replace(UPSERT, List.of(r.personId(), r.seriesCode()), r.personId(), r.seriesCode(),
                r.dosesGiven(), r.nextDoseNumber(), r.nextKind(), r.earliestOn(), r.dueOn(), r.complete(), r.lastGivenOn(),
                r.lastProductId(), r.lastSiteId(), r.provinceCode());
    }

    /**
     * Rewrites a person's rows from the ledger (reversed doses left out): after a merge, the duplicates' rows go and the
     * survivor's count every dose of theirs; after a reversal, the schedule reads on without the dose.
     */
    public void refresh(Handle h, UUID survivorId, java.util.Collection<UUID> allIds) {
        h.createUpdate("DELETE FROM person_schedule WHERE person_id IN (<ids>)").bindList("ids", List.copyOf(allIds)).execute();
        Map<String, List<Dose>> bySeries = new LinkedHashMap<>();
        for (Dose d : doses.ofPersons(h, allIds)) {
            bySeries.computeIfAbsent(d.seriesCode(), k -> new ArrayList<>()).add(d);
        }
        bySeries.forEach((series, list) -> write(h, rowOf(survivorId, series, list)));
    }

    public List<Row> all(Handle h) {
        return h.createQuery("SELECT * FROM person_schedule ORDER BY person_id, series_code").map(ROW).list();
    }

    /**
     * A row of someone not known to have died: a deceased person is due no more (the person registry's deaths ledger,
     * read by its key). Their rows stay, and count their doses; only the due lists leave them out.
     */
    private static final String ALIVE = "NOT EXISTS (SELECT 1 FROM person_deaths d WHERE d.person_id = s.person_id)";

    /**
     * The rows whose next dose is due on or before the day, of people whose last dose was at the site or who were
     * registered at it and are not known to have died, in person order after a cursor.
     */
    public List<Row> dueAt(Handle h, UUID siteId, LocalDate day, UUID after, int limit) {
        var query = h.createQuery("SELECT s.* FROM person_schedule s WHERE s.due_on IS NOT NULL AND s.due_on <= :day"
                        + " AND " + ALIVE + " AND (s.last_site_id = :site"
                        + " OR s.person_id IN (SELECT p.id FROM persons p WHERE p.registration_site_id = :site))"
                        + (after == null ? "" : " AND s.person_id > :after")
                        + " ORDER BY s.person_id, s.series_code LIMIT :limit")
                .bind("site", siteId).bind("day", day).bind("limit", limit);
        if (after != null) {
            query.bind("after", after);
        }
        return query.map(ROW).list();
    }

    /** Every row due on or before the day, anywhere, of people not known to have died (for reminders). */
    public List<Row> dueBy(Handle h, LocalDate day) {
        return h.createQuery("SELECT * FROM person_schedule s WHERE s.due_on IS NOT NULL AND s.due_on <= :day AND " + ALIVE
                        + " ORDER BY s.person_id, s.series_code")
                .bind("day", day).map(ROW).list();
    }

    private Map<String, Row> recount(Handle h) {
        Map<UUID, UUID> survivors = new java.util.HashMap<>();
        Map<String, List<Dose>> groups = new LinkedHashMap<>();
        for (Dose d : doses.all(h)) {
            UUID person = survivors.computeIfAbsent(d.personId(), survivorOf);
            groups.computeIfAbsent(person + "|" + d.seriesCode(), k -> new ArrayList<>()).add(d);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        groups.forEach((key, list) -> {
            list.sort(java.util.Comparator.comparing(Dose::givenOn).thenComparing(Dose::doseNumber).thenComparing(Dose::id));
            rows.put(key, rowOf(UUID.fromString(key.substring(0, key.indexOf('|'))), list.get(0).seriesCode(), list));
        });
        return rows;
    }

    @Override
    public int countMismatches(Handle h) {
        Map<String, Row> expected = recount(h);
        Set<String> seen = new HashSet<>();
        int mismatches = 0;
        for (Row actual : all(h)) {
            String key = actual.personId() + "|" + actual.seriesCode();
            seen.add(key);
            if (!Objects.equals(expected.get(key), actual)) {
                mismatches++;
            }
        }
        for (String key : expected.keySet()) {
            if (!seen.contains(key)) {
                mismatches++;
            }
        }
        return mismatches;
    }

    @Override
    public void rebuild(Handle h) {
        h.createUpdate("DELETE FROM person_schedule").execute();
        recount(h).values().forEach(r -> write(h, r));
    }

    private static Integer nullableInt(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
