package org.vaxline.platform.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.error.VaxlineException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Group commit: requests that arrive together are decided one after another in ONE transaction by a writer thread,
 * and each caller is answered after that transaction committed. A durable commit costs a disk flush (SQLite) or a
 * round trip and a WAL flush (PostgreSQL), a few hundred microseconds at best; one per request caps a 2-core node near
 * 2,000–3,000 requests/s whatever the work, one per batch does not (issue 13).
 *
 * <p>The work given must refuse, by throwing a {@link VaxlineException}, before it writes anything, so a refused request
 * leaves the batch's transaction as it found it and its neighbours go on (no savepoint per request: on PostgreSQL each
 * is a round trip and a subtransaction, the very costs grouping saves). Work that cannot know that before writing
 * throws {@link RunAlone} first and is then run in a transaction of its own after the batch. Any other failure (a
 * store failure, a key another process committed first) rolls the batch back, and each of its requests is then run
 * alone, so one poisoned request cannot fail the others.
 *
 * <p>Requests with the same key (a person) go to the same writer, in the order they came: decided in that order, each
 * seeing what the one before it wrote; with several writers (each its own connection), the database's row locks
 * serialise what they share.
 */
public final class GroupCommit<Q, A> implements AutoCloseable {
    /** Thrown by work, before it writes, to be run in a transaction of its own after the batch. */
    public static final class RunAlone extends RuntimeException {
        public RunAlone() {
            super(null, null, false, false);
        }
    }

    /** Decides and writes one request inside the given transaction; {@code alone} when it has that transaction to itself. */
    @FunctionalInterface
    public interface Work<Q, A> {
        A apply(Handle h, Q request, boolean alone);
    }

    /**
     * Reads at once, inside a batch's transaction and before its first request is decided, what deciding them all
     * will read (the people, their doses, the balances), so the decisions read memory instead of one row at a time.
     */
    @FunctionalInterface
    public interface Prefetch<Q> {
        void read(Handle h, List<Q> requests);
    }

    private record Pending<Q, A>(Q request, CompletableFuture<A> answer) {
    }

    private final Store store;
    private final Work<Q, A> work;
    private final Prefetch<Q> prefetch;
    private final int maxBatch;
    private final List<BlockingQueue<Pending<Q, A>>> queues = new ArrayList<>();
    private final List<Thread> writers = new ArrayList<>();
    private final WriterTime time = new WriterTime();
    private volatile boolean closed;
    private volatile boolean started;

    /**
     * @param work    decides and writes one request inside the given transaction
     * @param writers how many writer threads (each one transaction at a time)
     */
    public GroupCommit(String name, Store store, int writers, int maxBatch, Work<Q, A> work) {
        this(name, store, writers, maxBatch, (h, requests) -> {
        }, work);
    }

    /** @param prefetch reads, once per batch, what its decisions will need */
    public GroupCommit(String name, Store store, int writers, int maxBatch, Prefetch<Q> prefetch, Work<Q, A> work) {
        this.store = store;
        this.work = work;
        this.prefetch = prefetch;
        this.maxBatch = maxBatch;
        for (int i = 0; i < writers; i++) {
            BlockingQueue<Pending<Q, A>> queue = new LinkedBlockingQueue<>();
            queues.add(queue);
            Thread writer = new Thread(() -> drain(queue), name + "-writer-" + i);
            writer.setDaemon(true);
            this.writers.add(writer);
        }
    }

    /** The writer threads start with the first request submitted: bulk work alone ({@link #recordTogether}) needs none. */
    private void start() {
        if (!started) {
            synchronized (this) {
                if (!started) {
                    writers.forEach(Thread::start);
                    started = true;
                }
            }
        }
    }

    /**
     * One writer on either store. SQLite has one write lock. PostgreSQL ran two, each on its own connection, so one
     * decided while the other waited on the server; but every batch of doses shares rows with the one before it (the
     * ledgers' chain heads, and a busy site's balance and coverage cells), held from its write to its commit, so the
     * second writer mostly waited for the first's commit in smaller batches: one writer recorded 2,860–2,965 doses/s
     * where two recorded 1,700–2,000 (DoseChainBenchmark, 32 threads, 2026-12-02). Batches lock their people and
     * balances in id order and write shared rows in one key order at their end ({@link DeferredWrites}), so another
     * process writing the same store (the CLI, a second node) waits instead of deadlocking.
     */
    public static int writersFor(Dialect dialect) {
        return 1;
    }

    /** Records the request with others that came meanwhile; answers after their transaction committed. */
    public A submit(Object key, Q request) {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        start();
        CompletableFuture<A> answer = new CompletableFuture<>();
        queues.get(Math.floorMod(key.hashCode(), queues.size())).add(new Pending<>(request, answer));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the dose was being recorded", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                // the writer's exception, thrown again here so the caller's stack shows where it was asked
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Where the writers' time went so far (with {@link #recordTogether}'s batches, which never wait). */
    public WriterTime.Spent timeSpent() {
        return time.now();
    }

    private void drain(BlockingQueue<Pending<Q, A>> queue) {
        List<Pending<Q, A>> batch = new ArrayList<>(maxBatch);
        boolean stop = false;
        while (!stop) {
            try {
                long waiting = System.nanoTime();
                batch.add(queue.take());
                time.idle(System.nanoTime() - waiting);
                queue.drainTo(batch, maxBatch - 1);
                // the closing marker ends the writer once what came before it is recorded
                stop = batch.removeIf(p -> p.request() == null);
                if (!batch.isEmpty()) {
                    record(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable unexpected) {
                batch.forEach(p -> p.answer().completeExceptionally(unexpected));
            } finally {
                batch.clear();
            }
        }
    }

    /** What became of one request of a batch: its answer, or the refusal (or failure) it earned. */
    public record Outcome<A>(A value, RuntimeException failure) {
        public boolean refused() {
            return failure != null;
        }

        /** The answer, or the refusal thrown. */
        public A orThrow() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    /**
     * Decides requests together on the calling thread, in one transaction (or joining the caller's), with the same
     * rules as the writers: a refusal is that request's outcome only; an unexpected failure reruns each alone. For bulk
     * work that has its requests at hand (an import) instead of waiting for them to arrive.
     */
    public List<Outcome<A>> recordTogether(List<Q> requests) {
        List<Pending<Q, A>> batch = requests.stream().map(q -> new Pending<Q, A>(q, new CompletableFuture<>())).toList();
        record(batch);
        return batch.stream().map(p -> {
            try {
                return new Outcome<A>(p.answer().join(), null);
            } catch (java.util.concurrent.CompletionException e) {
                return new Outcome<A>(null, e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
            }
        }).toList();
    }

    /** Whether a request is to be answered with a value, refused, or run alone after the batch. */
    private record Decided<A>(A value, RuntimeException refusal, boolean alone) {
    }

    private void record(List<Pending<Q, A>> batch) {
        boolean joined = store.inTransactionNow();
        List<Decided<A>> outcomes;
        long started = System.nanoTime();
        long[] readAndDecided = new long[2]; // nanoseconds, over every attempt of the transaction
        try {
            outcomes = store.inTransaction(h -> {
                // run again from the start if the store retries the transaction: nothing of an earlier attempt is kept
                List<Decided<A>> decided = new ArrayList<>(batch.size());
                long begun = System.nanoTime();
                if (batch.size() > 1) {
                    prefetch.read(h, batch.stream().map(Pending::request).toList());
                }
                long read = System.nanoTime();
                readAndDecided[0] += read - begun;
                for (Pending<Q, A> p : batch) {
                    try {
                        decided.add(new Decided<>(work.apply(h, p.request(), false), null, false));
                    } catch (VaxlineException refused) {
                        decided.add(new Decided<>(null, refused, false));
                    } catch (RunAlone alone) {
                        decided.add(new Decided<>(null, null, true));
                    }
                }
                readAndDecided[1] += System.nanoTime() - read;
                return decided;
            });
            time.read(readAndDecided[0]);
            time.decided(readAndDecided[1]);
            // the rest: the transaction's begin, its held rows, the ledgers' chain links and the commit
            time.written(System.nanoTime() - started - readAndDecided[0] - readAndDecided[1], batch.size());
        } catch (RuntimeException failed) {
            if (joined) {
                // the caller's transaction is broken: it is the caller's to roll back, not ours to rerun
                throw failed;
            }
            batch.forEach(this::alone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Decided<A> o = outcomes.get(i);
            Pending<Q, A> p = batch.get(i);
            if (o.alone()) {
                alone(p);
            } else if (o.refusal() != null) {
                p.answer().completeExceptionally(o.refusal());
            } else {
                p.answer().complete(o.value());
            }
        }
    }

    /** Runs one request in a transaction of its own, whatever it throws answered to its caller only. */
    private void alone(Pending<Q, A> p) {
        try {
            p.answer().complete(store.inTransaction(h -> work.apply(h, p.request(), true)));
        } catch (RuntimeException e) {
            p.answer().completeExceptionally(e);
        }
    }

    /** Stops taking requests; the writers finish what is queued, then end. */
    @Override
    public synchronized void close() {
        closed = true;
        if (!started) {
            return;
        }
        queues.forEach(q -> q.add(new Pending<>(null, new CompletableFuture<>())));
        for (Thread writer : writers) {
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
