package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.Person;
import org.vaxline.platform.store.InLists;
import org.vaxline.platform.store.TransactionMemo;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What registering many people in one transaction (an import chunk) reads of the registry, read for all of them at
 * once: who already holds each id and each identity document. {@link PersonStore#find} and
 * {@link PersonStore#byIdentity} then answer from the transaction's memo, without a statement each; a registration,
 * a correction or a merge makes the memo forget what it may have changed.
 */
final class RegistrationMemo {
    private RegistrationMemo() {
    }

    /** An identity document's holder as read for the chunk: empty when nobody holds it. */
    private record Holder(Optional<Person> person) {
    }

    private record IdentityKey(IdentityType type, String number) {
    }

    private record AbsentKey(UUID id) {
    }

    /** Reads the people under these ids and these documents (type and canonical number), a statement each. */
    static void prefetch(Handle h, RowMapper<Person> mapper, Collection<UUID> ids,
                         Collection<Map.Entry<IdentityType, String>> documents, java.util.function.Consumer<Person> found) {
        TransactionMemo memo = TransactionMemo.of(h);
        if (!ids.isEmpty()) {
            Set<UUID> missing = new HashSet<>(ids);
            h.createQuery("SELECT * FROM persons WHERE id IN (<ids>)").bindList("ids", InLists.padded(new HashSet<>(ids)))
                    .map(mapper).forEach(p -> {
                        missing.remove(p.id());
                        found.accept(p);
                    });
            missing.forEach(id -> memo.put(new AbsentKey(id), Boolean.TRUE));
        }
        if (!documents.isEmpty()) {
            List<IdentityKey> wanted = InLists.padded(documents.stream().map(d -> new IdentityKey(d.getKey(), d.getValue()))
                    .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
            Set<IdentityKey> missing = new HashSet<>(wanted);
            // a join on the pairs, not "(a, b) IN (VALUES …)": SQLite scans the whole table for the latter
            var query = h.createQuery("SELECT p.* FROM (VALUES " + InLists.valuesRows(wanted.size(), ":t#", ":n#")
                    + ") AS v JOIN persons p ON p.identity_type = v.column1 AND p.identity_number = v.column2");
            for (int i = 0; i < wanted.size(); i++) {
                query.bind("t" + i, wanted.get(i).type().name()).bind("n" + i, wanted.get(i).number());
            }
            query.map(mapper).forEach(p -> {
                IdentityKey key = new IdentityKey(p.identityType(), p.identityNumber());
                missing.remove(key);
                memo.put(key, new Holder(Optional.of(p)));
            });
            missing.forEach(key -> memo.put(key, new Holder(Optional.empty())));
        }
    }

    /** Whether the chunk's read found nobody under this id (then no statement is needed to know it). */
    static boolean knownAbsent(Handle h, UUID id) {
        return TransactionMemo.of(h).get(new AbsentKey(id), Boolean.class).isPresent();
    }

    /** The document's holder as the chunk read it, or empty when the chunk did not read this document. */
    static Optional<Optional<Person>> holder(Handle h, IdentityType type, String number) {
        return TransactionMemo.of(h).get(new IdentityKey(type, number), Holder.class).map(Holder::person);
    }

    /** A person was registered: their id and their document are taken now. */
    static void registered(Handle h, Person p) {
        TransactionMemo memo = TransactionMemo.of(h);
        memo.forget(new AbsentKey(p.id()));
        memo.forget(new IdentityKey(p.identityType(), p.identityNumber()));
    }

    /** A person's document may have changed (a correction, a merge): no document's holder is known any more. */
    static void documentsChanged(Handle h) {
        TransactionMemo.of(h).forgetWhere(key -> key instanceof IdentityKey);
    }
}
