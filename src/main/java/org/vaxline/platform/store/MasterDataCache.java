package org.vaxline.platform.store;

import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Master data (products, facilities, series rules, priority groups) read through a small in-process cache, so that a
 * dose does not read the same rarely changing rows again and again (issue 13: at most 10 statements per dose).
 *
 * <p>Staleness contract. A write through this process's own store ({@link #changed}) empties the cache at once and
 * again when the writing transaction ends (commit or rollback), so this process never answers from a value older than
 * its own last write, nor keeps a value a rolled-back transaction wrote. Another server process on the same PostgreSQL
 * database cannot tell this one: it sees a change at the latest {@link #TIME_TO_LIVE} later, when its entry expires.
 * Master data changes by ministry decision (a new product, a facility, a series rule), rarely and never mid-dose, so
 * half a minute of a second process deciding on the previous rule is the price of not asking the database each time.
 * Only values found are kept: an id not (yet) known is asked each time, so a new product is usable at once.
 */
public final class MasterDataCache<K, V> {
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    private record Entry<V>(V value, long loadedAtNanos) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Moved on by every change; a value loaded while it moved is not kept (it may predate the change). */
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    public MasterDataCache() {
        this(TIME_TO_LIVE);
    }

    MasterDataCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The value for a key from the cache, else from {@code load} (on the caller's handle), kept when found. */
    public Optional<V> get(Handle h, K key, Function<Handle, Optional<V>> load) {
        Entry<V> entry = entries.get(key);
        long now = System.nanoTime();
        if (fresh(entry, now)) {
            return Optional.of(entry.value());
        }
        long before = generation.get();
        Optional<V> loaded = load.apply(h);
        if (loaded.isPresent() && mayKeep(h, before)) {
            entries.put(key, new Entry<>(loaded.get(), now));
        }
        return loaded;
    }

    /**
     * Loads the keys not cached (or expired) in one call of {@code loadAll} on the caller's handle, and keeps what it
     * found, as {@link #get} would one by one. A batch of doses asks it for its sites before its first dose holds a row
     * back: each key loaded one by one mid-batch would make the transaction write the rows held so far first
     * (DeferredWrites), and with thousands of sites some expire in every batch (issue 13).
     */
    public void readAhead(Handle h, Collection<K> keys, Function<List<K>, Map<K, V>> loadAll) {
        long now = System.nanoTime();
        List<K> missing = keys.stream().distinct().filter(key -> !fresh(entries.get(key), now)).toList();
        if (missing.isEmpty()) {
            return;
        }
        long before = generation.get();
        Map<K, V> loaded = loadAll.apply(missing);
        if (mayKeep(h, before)) {
            loaded.forEach((key, value) -> entries.put(key, new Entry<>(value, now)));
        }
    }

    private boolean fresh(Entry<V> entry, long now) {
        return entry != null && now - entry.loadedAtNanos() < ttlNanos;
    }

    /** A value loaded since {@code generationBefore} may be kept: no change came meanwhile, and not this handle's own write. */
    private boolean mayKeep(Handle h, long generationBefore) {
        return generation.get() == generationBefore && !writing(h);
    }

    /** Call in the transaction that writes the data: forgets every value now and when that transaction ends. */
    public void changed(Handle h) {
        forget();
        if (h.getConfig(WritingMarker.class).caches.add(this)) {
            h.addCleanable(this::forget);
        }
    }

    public void forget() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** A transaction that wrote this data reads its own uncommitted values: they are not kept for others. */
    private boolean writing(Handle h) {
        return h.getConfig(WritingMarker.class).caches.contains(this);
    }

    /** Per handle: the caches whose data the handle's transaction has written. */
    public static final class WritingMarker implements org.jdbi.v3.core.config.JdbiConfig<WritingMarker> {
        private final java.util.Set<MasterDataCache<?, ?>> caches = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        public WritingMarker() {
        }

        @Override
        public WritingMarker createCopy() {
            return new WritingMarker();
        }
    }
}
