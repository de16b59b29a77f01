package org.vaxline.person.store;

import org.vaxline.person.domain.PersonRead;
import org.vaxline.platform.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes access-log entries of many concurrent reads in one transaction: a read no longer takes a write transaction of
 * its own (SQLite has one writer, so a transaction per read queued every read behind every write).
 * <p>
 * Durability contract: {@link #submit} answers a future that completes only once the entries are committed; readers
 * wait on it before answering, so a record is never shown without its log entry having been written. If the batch
 * fails the future fails, the reader answers an error, and nothing is lost silently. One thread drains the queue as
 * soon as entries arrive (no fixed delay: a lone read waits one commit, concurrent reads share it); {@link #close}
 * writes what is still queued before it stops.
 */
public final class ReadLogWriter implements AutoCloseable {
    /** At most this many entries per transaction, so one batch stays short. */
    private static final int MAX_BATCH = 2_000;

    private final Store store;
    private final PersonReadLog log;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closing;

    public ReadLogWriter(Store store, PersonReadLog log) {
        this.store = store;
        this.log = log;
        this.thread = new Thread(this::run, "vaxline-access-log");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues entries; the future completes when they are committed, or fails with why they were not. */
    public CompletableFuture<Void> submit(List<PersonRead> reads) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (reads.isEmpty()) {
            done.complete(null);
            return done;
        }
        if (closing) {
            done.completeExceptionally(new IllegalStateException("the access log is closed: the read cannot be logged"));
            return done;
        }
        queue.add(new Pending(reads, done));
        return done;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (!closing || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int entries = first.reads().size();
                Pending next;
                while (entries < MAX_BATCH && (next = queue.poll()) != null) {
                    batch.add(next);
                    entries += next.reads().size();
                }
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        failRemaining();
    }

    private void write(List<Pending> batch) {
        try {
            store.inTransaction(h -> {
                List<PersonRead> all = new ArrayList<>();
                batch.forEach(p -> all.addAll(p.reads()));
                log.append(h, all);
                return null;
            });
            batch.forEach(p -> p.done().complete(null));
        } catch (RuntimeException e) {
            batch.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    private void failRemaining() {
        Pending p;
        while ((p = queue.poll()) != null) {
            p.done().completeExceptionally(new IllegalStateException("the access log stopped before this read was logged"));
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // An entry queued while closing, after the thread's last look, is refused rather than left waiting.
        failRemaining();
    }

    private record Pending(List<PersonRead> reads, CompletableFuture<Void> done) {
    }
}
