package org.vaxline.app;

import org.vaxline.platform.store.Store;

import java.time.Clock;

/** The composition root: every module, wired explicitly on one store and one clock. */
public final class Vaxline implements AutoCloseable {
    private final Store store;
    private final Clock clock;

    public Vaxline(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Store store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        store.close();
    }
}
