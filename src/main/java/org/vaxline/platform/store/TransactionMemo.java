package org.vaxline.platform.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one transaction has already read, kept with its handle and gone when the transaction ends: the person a dose
 * locked is read once, not again by each projection that follows the dose in the same transaction. A store class that
 * writes a remembered row forgets it.
 */
public final class TransactionMemo implements JdbiConfig<TransactionMemo> {
    private final Map<Object, Object> values = new HashMap<>();

    public TransactionMemo() {
    }

    public static TransactionMemo of(Handle h) {
        return h.getConfig(TransactionMemo.class);
    }

    public <V> Optional<V> get(Object key, Class<V> type) {
        return Optional.ofNullable(values.get(key)).map(type::cast);
    }

    public void put(Object key, Object value) {
        values.put(key, value);
    }

    public void forget(Object key) {
        values.remove(key);
    }

    /** Forgets everything: what it remembered may have been undone (a rollback to a savepoint). */
    public void forgetAll() {
        values.clear();
    }

    /** Forgets every remembered value whose key matches (a write that changes many remembered rows at once). */
    public void forgetWhere(java.util.function.Predicate<Object> key) {
        values.keySet().removeIf(key);
    }

    @Override
    public TransactionMemo createCopy() {
        // a statement made from the handle gets a copy of its configuration: an empty memo it never uses
        return new TransactionMemo();
    }
}
