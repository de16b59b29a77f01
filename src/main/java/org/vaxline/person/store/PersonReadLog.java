package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vaxline.person.domain.PersonRead;
import org.vaxline.platform.store.Rows;

import java.util.List;
import java.util.UUID;

/** The append-only access log of person records: one row per record returned by a read. */
public final class PersonReadLog {

    public void append(Handle h, List<PersonRead> reads) {
        if (reads.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO person_reads (id, person_id, province_code, read_by, read_at, purpose, reason)
                VALUES (:id, :personId, :province, :readBy, :readAt, :purpose, :reason)""");
        for (PersonRead r : reads) {
            batch.bind("id", r.id()).bind("personId", r.personId()).bind("province", r.provinceCode())
                    .bind("readBy", r.readBy()).bind("readAt", r.readAt()).bind("purpose", r.purpose())
                    .bindByType("reason", r.reason(), String.class).add();
        }
        batch.execute();
    }

    /** Who read this person's record, oldest first, after the cursor. */
    public List<PersonRead> page(Handle h, UUID personId, UUID after, int limit) {
        return h.createQuery("""
                        SELECT * FROM person_reads WHERE person_id = :person AND id > :after ORDER BY id LIMIT :limit""")
                .bind("person", personId).bind("after", after == null ? new UUID(0, 0) : after).bind("limit", limit)
                .map((rs, ctx) -> new PersonRead(Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "person_id", ctx),
                        rs.getString("province_code"), rs.getString("read_by"), Rows.instant(rs, "read_at", ctx),
                        rs.getString("purpose"), rs.getString("reason")))
                .list();
    }
}
