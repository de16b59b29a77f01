package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonQuery;
import org.vaxline.person.domain.SearchCursor;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Rows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The persons table: each person as registered with their corrections applied (a projection of the registration and
 * the correction ledger, moved in the same transaction as each entry), never deleted.
 */
public final class PersonStore {
    static final RowMapper<Person> PERSON = (rs, ctx) -> new Person(
            Rows.uuid(rs, "id", ctx),
            IdentityType.valueOf(rs.getString("identity_type")),
            rs.getString("identity_number"),
            rs.getString("full_name"),
            rs.getString("normalized_name"),
            Rows.date(rs, "date_of_birth", ctx),
            Sex.valueOf(rs.getString("sex")),
            rs.getString("phone"),
            rs.getString("province_code"),
            Rows.uuid(rs, "commune_id", ctx),
            rs.getString("priority_group"),
            Rows.uuid(rs, "registration_site_id", ctx),
            Rows.instant(rs, "recorded_at", ctx),
            rs.getString("recorded_by"),
            rs.getInt("corrections"),
            Rows.instant(rs, "corrected_at", ctx),
            rs.getString("corrected_by"),
            Rows.date(rs, "died_on", ctx));

    public void insert(Handle h, Person p) {
        h.createUpdate("""
                        INSERT INTO persons (id, identity_type, identity_number, full_name, normalized_name, date_of_birth, sex,
                            phone, province_code, commune_id, priority_group, registration_site_id, recorded_at, recorded_by)
                        VALUES (:id, :identityType, :identityNumber, :fullName, :normalizedName, :dateOfBirth, :sex,
                            :phone, :provinceCode, :communeId, :priorityGroup, :siteId, :recordedAt, :recordedBy)""")
                .bind("id", p.id()).bind("identityType", p.identityType().name()).bind("identityNumber", p.identityNumber())
                .bind("fullName", p.fullName()).bind("normalizedName", p.normalizedName()).bind("dateOfBirth", p.dateOfBirth())
                .bind("sex", p.sex().name()).bindByType("phone", p.phone(), String.class).bind("provinceCode", p.provinceCode())
                .bindByType("communeId", p.communeId(), UUID.class).bind("priorityGroup", p.priorityGroup())
                .bindByType("siteId", p.registrationSiteId(), UUID.class)
                .bind("recordedAt", p.recordedAt()).bind("recordedBy", p.recordedBy())
                .execute();
        RegistrationMemo.registered(h, p);
    }

    /**
     * Reads the people under these ids and these identity documents (type and canonical number) in a statement each,
     * for registrations decided together in one transaction: {@link #find} and {@link #byIdentity} then answer from
     * memory ({@link RegistrationMemo}).
     */
    public void prefetchForRegistration(Handle h, Collection<UUID> ids, Collection<java.util.Map.Entry<IdentityType, String>> documents) {
        var memo = org.vaxline.platform.store.TransactionMemo.of(h);
        RegistrationMemo.prefetch(h, PERSON, ids, documents, p -> memo.put(memoKey(p.id()), p));
    }

    public Optional<Person> find(Handle h, UUID id) {
        Optional<Person> read = org.vaxline.platform.store.TransactionMemo.of(h).get(memoKey(id), Person.class);
        if (read.isPresent() || RegistrationMemo.knownAbsent(h, id)) {
            return read;
        }
        return h.createQuery("SELECT * FROM persons WHERE id = :id").bind("id", id).map(PERSON).findOne();
    }

    /** A person locked for a decision, with whether the record was merged away or took others in (V27). */
    public record Locked(Person person, UUID mergedIntoId, int mergedFromCount) {
        public boolean standsAlone() {
            return mergedIntoId == null && mergedFromCount == 0;
        }
    }

    private static final RowMapper<Locked> LOCKED = (rs, ctx) -> new Locked(PERSON.map(rs, ctx),
            Rows.uuid(rs, "merged_into_id", ctx), rs.getInt("merged_from_count"));

    /**
     * Locks the person's row until the transaction ends and reads it in the same statement (PostgreSQL: FOR UPDATE, which
     * re-reads a row a merge updated while this waited; SQLite: its write transactions run one at a time). The row is
     * remembered for the rest of the transaction, so the projections that follow a dose do not read it again.
     */
    public Optional<Locked> lockForDecision(Handle h, UUID id, Dialect dialect) {
        Optional<Locked> held = org.vaxline.platform.store.TransactionMemo.of(h).get(lockedKey(id), Locked.class);
        if (held.isPresent()) {
            return held;
        }
        String lock = dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
        Optional<Locked> locked = h.createQuery("SELECT * FROM persons WHERE id = :id" + lock).bind("id", id)
                .map(LOCKED)
                .findOne();
        locked.ifPresent(l -> org.vaxline.platform.store.TransactionMemo.of(h).put(memoKey(id), l.person()));
        return locked;
    }

    /**
     * Locks and reads these people for decisions in one statement, in id order (so two batches cannot deadlock), and
     * keeps them for the rest of the transaction: {@link #lockForDecision} then answers from memory. For a batch of
     * doses recorded together.
     */
    public void lockAllForDecision(Handle h, Collection<UUID> ids, Dialect dialect) {
        if (ids.isEmpty()) {
            return;
        }
        String lock = dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
        var memo = org.vaxline.platform.store.TransactionMemo.of(h);
        h.createQuery("SELECT * FROM persons WHERE id IN (<ids>) ORDER BY id" + lock).bindList("ids", org.vaxline.platform.store.InLists.padded(new java.util.TreeSet<>(ids)))
                .map(LOCKED)
                .forEach(l -> {
                    memo.put(memoKey(l.person().id()), l.person());
                    memo.put(lockedKey(l.person().id()), l);
                });
    }

    private static Object lockedKey(UUID id) {
        return new LockedKey(id);
    }

    /** The memo's keys are records, not text: making "person:" + id for every look-up was a cost of the dose path. */
    private record LockedKey(UUID personId) {
    }

    private record PersonKey(UUID personId) {
    }

    /** Marks both rows of a merge, which also makes a dose waiting on either's lock read them anew. */
    public void markMerged(Handle h, UUID survivorId, UUID duplicateId) {
        h.createUpdate("UPDATE persons SET merged_into_id = :survivor WHERE id = :duplicate")
                .bind("survivor", survivorId).bind("duplicate", duplicateId).execute();
        h.createUpdate("UPDATE persons SET merged_from_count = merged_from_count + 1 WHERE id = :survivor")
                .bind("survivor", survivorId).execute();
        RegistrationMemo.documentsChanged(h);
        org.vaxline.platform.store.TransactionMemo.of(h).forget(memoKey(survivorId));
        org.vaxline.platform.store.TransactionMemo.of(h).forget(memoKey(duplicateId));
        org.vaxline.platform.store.TransactionMemo.of(h).forget(lockedKey(survivorId));
        org.vaxline.platform.store.TransactionMemo.of(h).forget(lockedKey(duplicateId));
    }

    private static Object memoKey(UUID id) {
        return new PersonKey(id);
    }

    /**
     * The person, their row locked until the transaction ends, so that a correction decides on values no other one is
     * changing. PostgreSQL locks the row; SQLite runs one write transaction at a time, so the plain read is enough.
     */
    public Optional<Person> findForUpdate(Handle h, UUID id, Dialect dialect) {
        String lock = dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
        return h.createQuery("SELECT * FROM persons WHERE id = :id" + lock).bind("id", id).map(PERSON).findOne();
    }

    /**
     * Writes a correction's values over the row that held {@code after.corrections() - 1} corrections; the count makes
     * a lost race visible instead of silent (it cannot happen under the lock, and is refused if it does).
     */
    public void applyCorrection(Handle h, Person after) {
        RegistrationMemo.documentsChanged(h);
        org.vaxline.platform.store.TransactionMemo.of(h).forget(memoKey(after.id()));
        org.vaxline.platform.store.TransactionMemo.of(h).forget(lockedKey(after.id()));
        int updated = h.createUpdate("""
                        UPDATE persons SET identity_type = :identityType, identity_number = :identityNumber, full_name = :fullName,
                            normalized_name = :normalizedName, date_of_birth = :dateOfBirth, sex = :sex, phone = :phone,
                            province_code = :provinceCode, commune_id = :communeId, priority_group = :priorityGroup,
                            corrections = :corrections, corrected_at = :correctedAt, corrected_by = :correctedBy
                        WHERE id = :id AND corrections = :previous""")
                .bind("id", after.id()).bind("identityType", after.identityType().name())
                .bind("identityNumber", after.identityNumber()).bind("fullName", after.fullName())
                .bind("normalizedName", after.normalizedName()).bind("dateOfBirth", after.dateOfBirth())
                .bind("sex", after.sex().name()).bindByType("phone", after.phone(), String.class)
                .bind("provinceCode", after.provinceCode()).bindByType("communeId", after.communeId(), UUID.class)
                .bind("priorityGroup", after.priorityGroup()).bind("corrections", after.corrections())
                .bind("correctedAt", after.correctedAt()).bind("correctedBy", after.correctedBy())
                .bind("previous", after.corrections() - 1)
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("person " + after.id() + " was changed by another correction meanwhile");
        }
    }

    /** Marks the row with the day of a death just entered in the deaths ledger (its projection, in the same transaction). */
    public void applyDeath(Handle h, UUID personId, LocalDate diedOn) {
        org.vaxline.platform.store.TransactionMemo.of(h).forget(memoKey(personId));
        org.vaxline.platform.store.TransactionMemo.of(h).forget(lockedKey(personId));
        int updated = h.createUpdate("UPDATE persons SET died_on = :diedOn WHERE id = :id AND died_on IS NULL")
                .bind("id", personId).bind("diedOn", diedOn).execute();
        if (updated != 1) {
            throw new IllegalStateException("person " + personId + " already has a death recorded");
        }
    }

    public List<Person> findAll(Handle h, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT * FROM persons WHERE id IN (<ids>) ORDER BY id").bindList("ids", List.copyOf(ids))
                .map(PERSON).list();
    }

    /** The person with whether the record was merged away or took others in (V27), read without a lock. */
    public Optional<Locked> findWithMerges(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM persons WHERE id = :id").bind("id", id)
                .map(LOCKED)
                .findOne();
    }

    /** Whether a person was merged away (V27): {@code mergedIntoId} null for a record that stands for itself. */
    public record MergeState(UUID id, UUID mergedIntoId) {
    }

    /**
     * Which of these ids name a person, and which of those were merged away, in one statement (the ids padded, see
     * {@link org.vaxline.platform.store.InLists}); ids of no one are left out. Reads two columns, not the whole row.
     */
    public List<MergeState> mergeStates(Handle h, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT id, merged_into_id FROM persons WHERE id IN (<ids>)")
                .bindList("ids", org.vaxline.platform.store.InLists.padded(ids))
                .map((rs, ctx) -> new MergeState(Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "merged_into_id", ctx)))
                .list();
    }

    /** The people holding these documents of one type, with whether each was merged away. */
    public List<Locked> byIdentities(Handle h, IdentityType type, Collection<String> numbers) {
        return h.createQuery("SELECT * FROM persons WHERE identity_type = :type AND identity_number IN (<numbers>)")
                .bind("type", type.name()).bindList("numbers", List.copyOf(numbers))
                .map(LOCKED)
                .list();
    }

    public Optional<Person> byIdentity(Handle h, IdentityType type, String number) {
        Optional<Optional<Person>> read = RegistrationMemo.holder(h, type, number);
        if (read.isPresent()) {
            return read.get();
        }
        return h.createQuery("SELECT * FROM persons WHERE identity_type = :type AND identity_number = :number")
                .bind("type", type.name()).bind("number", number).map(PERSON).findOne();
    }

    /** People with the same normalised name, date of birth and phone: likely the same person registered twice. */
    public List<UUID> likelyDuplicates(Handle h, String normalizedName, LocalDate dateOfBirth, String phone) {
        return h.createQuery("""
                        SELECT id FROM persons
                        WHERE normalized_name = :name AND date_of_birth = :born AND phone = :phone ORDER BY id""")
                .bind("name", normalizedName).bind("born", dateOfBirth).bind("phone", phone).mapTo(UUID.class).list();
    }

    /** How many candidates a rank of a name search reads at most for one page (see {@link PersonNameSearch}). */
    private final int nameWalk;

    public PersonStore() {
        this(PersonNameSearch.WALK);
    }

    /** @param nameWalk how many candidates a rank of a name search reads at most for one page */
    public PersonStore(int nameWalk) {
        if (nameWalk < 1) {
            throw new IllegalArgumentException("a name search must read at least one candidate a page: " + nameWalk);
        }
        this.nameWalk = nameWalk;
    }

    /**
     * People whose name matches, ranked ({@link PersonQuery.Name}), then in id order (PostgreSQL) or registration order
     * (SQLite): at most {@code limit} after the cursor (the caller asks one more to know of a next page), fewer when a
     * rank's walk stopped short.
     *
     * @throws IllegalArgumentException when the cursor is not one this store's name search gave
     */
    public NameSearchPage searchName(Handle h, Dialect dialect, PersonQuery.Name name, String province,
                                     SearchCursor cursor, int limit) {
        return PersonNameSearch.search(h, dialect, name, province, cursor, limit, nameWalk);
    }

    /**
     * People matching an identity document, number or phone, at most {@code limit} after the cursor (the caller asks
     * one more to know of a next page), in id order. A name is {@link #searchName}'s.
     */
    public List<Person> search(Handle h, PersonQuery match, String province, UUID after, int limit) {
        if (match instanceof PersonQuery.Name) {
            throw new IllegalArgumentException("a name is searched by searchName, ranked");
        }
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object[]> binds = new ArrayList<>();
        if (match instanceof PersonQuery.Document m) {
            where.append(" AND identity_type = :type AND identity_number = :identity");
            binds.add(new Object[]{"type", m.type().name()});
            binds.add(new Object[]{"identity", m.number()});
        } else if (match instanceof PersonQuery.Identity m) {
            where.append(" AND identity_number = :identity");
            binds.add(new Object[]{"identity", m.number()});
        } else if (match instanceof PersonQuery.Phone m) {
            where.append(" AND phone = :phone");
            binds.add(new Object[]{"phone", m.phone()});
        }
        if (province != null) {
            where.append(" AND province_code = :province");
            binds.add(new Object[]{"province", province});
        }
        if (after != null) {
            where.append(" AND id > :after");
            binds.add(new Object[]{"after", after});
        }
        Query query = h.createQuery("SELECT * FROM persons " + where + " ORDER BY id LIMIT :limit").bind("limit", limit);
        for (Object[] bind : binds) {
            query.bindByType((String) bind[0], bind[1], bind[1].getClass());
        }
        return query.map(PERSON).list();
    }

    /**
     * Surviving records (none merged away), optionally of one province, born on one day, or recorded or corrected at
     * or after a moment, in id order after a cursor: for systems that read the registry in bulk (exports).
     */
    public List<Person> survivors(Handle h, String province, LocalDate born, java.time.Instant since, UUID after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM persons WHERE NOT EXISTS "
                + "(SELECT 1 FROM person_merges m WHERE m.duplicate_id = persons.id)");
        if (province != null) {
            sql.append(" AND province_code = :province");
        }
        if (born != null) {
            sql.append(" AND date_of_birth = :born");
        }
        if (since != null) {
            sql.append(" AND (recorded_at >= :since OR corrected_at >= :since)");
        }
        if (after != null) {
            sql.append(" AND id > :after");
        }
        Query query = h.createQuery(sql + " ORDER BY id LIMIT :limit").bind("limit", limit);
        if (province != null) {
            query.bind("province", province);
        }
        if (born != null) {
            query.bind("born", born);
        }
        if (since != null) {
            query.bind("since", since);
        }
        if (after != null) {
            query.bind("after", after);
        }
        return query.map(PERSON).list();
    }

    /** The surviving records registered at a site, in id order: the site workspace's people. */
    public List<Person> registeredAt(Handle h, UUID siteId, int limit) {
        return h.createQuery("SELECT * FROM persons WHERE registration_site_id = :site AND NOT EXISTS "
                        + "(SELECT 1 FROM person_merges m WHERE m.duplicate_id = persons.id) ORDER BY id LIMIT :limit")
                .bind("site", siteId).bind("limit", limit).map(PERSON).list();
    }
}
