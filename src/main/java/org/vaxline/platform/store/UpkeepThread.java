package org.vaxline.platform.store;

import java.util.function.BooleanSupplier;

/**
 * A store's background upkeep (SQLite's checkpoints, PostgreSQL's vacuum and statistics): a daemon thread, ended with
 * the store.
 */
final class UpkeepThread implements AutoCloseable {
    /** The upkeep's loop; it ends when {@code closed} says so, or when interrupted in its sleep. */
    @FunctionalInterface
    interface Body {
        void run(BooleanSupplier closed) throws InterruptedException;
    }

    private final Thread thread;
    private volatile boolean closed;

    UpkeepThread(String name, Body body) {
        this.thread = new Thread(() -> {
            try {
                body.run(() -> closed);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
