package org.vaxline.person.store;

import org.vaxline.person.domain.PersonRead;
import org.vaxline.platform.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Writes access-log entries of many concurrent reads in one transaction: a read no longer takes a write transaction of
 * its own (SQLite has one writer, so a transaction per read queued every read behind every write).
 * <p>
 * Durability contract: {@link #submit} answers a future that completes only once the entries are committed; readers
 * wait on it before answering, so a record is never shown without its log entry having been written. If the batch
 * fails the future fails, the reader answers an error, and nothing is lost silently. One thread drains the queue as
 * soon as entries arrive (no fixed delay: a lone read waits one commit, concurrent reads share it); {@link #close}
 * writes what is queued before it stops, and entries submitted after it are refused (the read fails).
 */
public final class ReadLogWriter implements AutoCloseable {
    /** At most this many entries per transaction, so one batch stays short. */
    private static final int MAX_BATCH = 2_000;

    private final Store store;
    private final PersonReadLog log;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private boolean closing;
    /** Queued by close(): everything before it is written, then the thread ends. */
    private static final Pending STOP = new Pending(List.of(), new CompletableFuture<>());

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
        // Under the same lock as close(), so an entry is either queued before the stop mark or refused: never left waiting.
        synchronized (this) {
            if (closing) {
                done.completeExceptionally(new IllegalStateException("the access log is closed: the read cannot be logged"));
                return done;
            }
            queue.add(new Pending(reads, done));
        }
        return done;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            int entries = batch.get(0).reads().size();
            Pending next;
            while (entries < MAX_BATCH && (next = queue.poll()) != null) {
                batch.add(next);
                entries += next.reads().size();
            }
            stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                write(batch);
            }
            batch.clear();
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
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(e);
            } else {
                // One read's bad entry must not fail the others': each is tried alone.
                batch.forEach(p -> write(List.of(p)));
            }
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
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            queue.add(STOP);
        }
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Pending(List<PersonRead> reads, CompletableFuture<Void> done) {
    }
}
