package org.vaxline.person.store;

import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.vaxline.person.domain.FieldChange;
import org.vaxline.person.domain.PersonCorrection;
import org.vaxline.platform.store.Rows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The append-only corrections of people's records: an entry row and a row per field it named. */
public final class CorrectionLedger {
    /** The order a correction's fields are shown in: the order of the registration form. */
    private static final List<String> FIELD_ORDER = List.of("fullName", "dateOfBirth", "sex", "phone", "provinceCode",
            "communeId", "priorityGroup", "identityType", "identityNumber");
    private static final String ENTRY = "SELECT id, person_id, number, reason, province_code, recorded_at, recorded_by FROM person_corrections ";

    public void insert(Handle h, PersonCorrection c) {
        h.createUpdate("""
                        INSERT INTO person_corrections (id, person_id, number, reason, province_code, recorded_at, recorded_by)
                        VALUES (:id, :person, :number, :reason, :province, :recordedAt, :recordedBy)""")
                .bind("id", c.id()).bind("person", c.personId()).bind("number", c.number()).bind("reason", c.reason())
                .bind("province", c.provinceCode()).bind("recordedAt", c.recordedAt()).bind("recordedBy", c.recordedBy())
                .execute();
        LedgerChain.link(h, ChainedLedgers.PERSON_CORRECTIONS, c.id(), c.id(), c.personId(), c.number(), c.reason(), c.provinceCode(), c.recordedAt(), c.recordedBy());
        PreparedBatch fields = h.prepareBatch("""
                INSERT INTO person_correction_fields (correction_id, field, before_value, after_value)
                VALUES (:id, :field, :before, :after)""");
        for (FieldChange f : c.fields()) {
            fields.bind("id", c.id()).bind("field", f.field()).bindByType("before", f.before(), String.class)
                    .bindByType("after", f.after(), String.class).add();
        }
        fields.execute();
        List<Object> rows = new ArrayList<>();
        for (FieldChange f : c.fields()) {
            rows.addAll(java.util.Arrays.asList(c.id(), f.field(), f.before(), f.after()));
        }
        LedgerChain.link(h, ChainedLedgers.PERSON_CORRECTION_FIELDS, c.id(), rows.toArray());
    }

    public Optional<PersonCorrection> find(Handle h, UUID id) {
        List<PersonCorrection> found = withFields(h, h.createQuery(ENTRY + "WHERE id = :id").bind("id", id)
                .map(CorrectionLedger::entry).list());
        return found.stream().findFirst();
    }

    /** A person's corrections in the order they were made, each with its fields. */
    public List<PersonCorrection> ofPerson(Handle h, UUID personId) {
        return withFields(h, h.createQuery(ENTRY + "WHERE person_id = :person ORDER BY number").bind("person", personId)
                .map(CorrectionLedger::entry).list());
    }

    private static PersonCorrection entry(ResultSet rs, StatementContext ctx) throws SQLException {
        return new PersonCorrection(Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "person_id", ctx), rs.getInt("number"), List.of(),
                rs.getString("reason"), rs.getString("province_code"), Rows.instant(rs, "recorded_at", ctx),
                rs.getString("recorded_by"));
    }

    /** Fills in the entries' fields with one query, in the order corrections name them. */
    private static List<PersonCorrection> withFields(Handle h, List<PersonCorrection> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<UUID, List<FieldChange>> fields = new LinkedHashMap<>();
        entries.forEach(e -> fields.put(e.id(), new ArrayList<>()));
        h.createQuery("""
                        SELECT correction_id, field, before_value, after_value FROM person_correction_fields
                        WHERE correction_id IN (<ids>)""")
                .bindList("ids", List.copyOf(fields.keySet()))
                .map((rs, ctx) -> Map.entry(Rows.uuid(rs, "correction_id", ctx),
                        new FieldChange(rs.getString("field"), rs.getString("before_value"), rs.getString("after_value"))))
                .forEach(e -> fields.get(e.getKey()).add(e.getValue()));
        return entries.stream().map(e -> new PersonCorrection(e.id(), e.personId(), e.number(),
                fields.get(e.id()).stream().sorted(Comparator.comparingInt(f -> FIELD_ORDER.indexOf(f.field()))).toList(),
                e.reason(), e.provinceCode(), e.recordedAt(), e.recordedBy())).toList();
    }
}
