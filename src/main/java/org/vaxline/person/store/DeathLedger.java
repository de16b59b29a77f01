package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.person.domain.PersonDeath;
import org.vaxline.platform.store.Rows;

import java.util.Optional;
import java.util.UUID;

/** The append-only deaths of people: one entry per person (the key says so), never changed. */
public final class DeathLedger {
    public void insert(Handle h, PersonDeath d) {
        h.createUpdate("""
                        INSERT INTO person_deaths (person_id, died_on, recorded_at, recorded_by)
                        VALUES (:person, :diedOn, :recordedAt, :recordedBy)""")
                .bind("person", d.personId()).bind("diedOn", d.diedOn()).bind("recordedAt", d.recordedAt())
                .bind("recordedBy", d.recordedBy())
                .execute();
    }

    public Optional<PersonDeath> find(Handle h, UUID personId) {
        return h.createQuery("SELECT person_id, died_on, recorded_at, recorded_by FROM person_deaths WHERE person_id = :person")
                .bind("person", personId)
                .map((rs, ctx) -> new PersonDeath(Rows.uuid(rs, "person_id", ctx), Rows.date(rs, "died_on", ctx),
                        Rows.instant(rs, "recorded_at", ctx), rs.getString("recorded_by")))
                .findOne();
    }
}
