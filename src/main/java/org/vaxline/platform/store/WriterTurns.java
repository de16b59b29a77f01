package org.vaxline.platform.store;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SQLite's write transactions of this process, one at a time, in the order they came. SQLite runs one writer; a second
 * one waits for its lock in SQLite's busy handler, which sleeps between tries (up to 100 ms each), so the lock often
 * stood free while the next writer slept: two servers' threads each writing a FHIR Bundle lost a third of their time
 * so. Here the next writer wakes the moment the last one ends. Writers of other processes (the CLI beside a running
 * server) still meet at SQLite's own lock.
 */
final class WriterTurns {
    private final ReentrantLock turn = new ReentrantLock(true);
    private final long timeoutMillis;

    /** @param timeoutMillis how long a writer waits for its turn before it fails, as SQLite's busy timeout would */
    WriterTurns(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** Waits for this thread's turn to write; fails, as a busy store, if it does not come in time. */
    void take() {
        try {
            if (!turn.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new StoreBusy("no turn to write within " + timeoutMillis + " ms: another transaction of this process kept the store");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusy("interrupted while waiting for a turn to write");
        }
    }

    void give() {
        turn.unlock();
    }

    /** The store stayed busy with other writers for longer than a writer waits. */
    static final class StoreBusy extends IllegalStateException {
        StoreBusy(String message) {
            super(message);
        }
    }
}
