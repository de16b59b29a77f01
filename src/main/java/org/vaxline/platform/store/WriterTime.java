package org.vaxline.platform.store;

import java.util.concurrent.atomic.LongAdder;

/**
 * Where a group-commit writer's time goes, batch after batch: waiting for requests, reading what a batch's decisions
 * need, deciding them, and writing and committing. A writer is one thread in a row, so these shares say what bounds
 * its requests a second: a writer seldom idle is the limit, and the largest share is where to look (issue 13).
 */
public final class WriterTime {
    private final LongAdder batches = new LongAdder();
    private final LongAdder requests = new LongAdder();
    private final LongAdder idle = new LongAdder();
    private final LongAdder read = new LongAdder();
    private final LongAdder decide = new LongAdder();
    private final LongAdder write = new LongAdder();

    /** What a writer spent up to a moment; two of them give what it spent between. */
    public record Spent(long batches, long requests, long idleNanos, long readNanos, long decideNanos, long writeNanos) {
        public static final Spent NONE = new Spent(0, 0, 0, 0, 0, 0);

        public Spent since(Spent before) {
            return new Spent(batches - before.batches, requests - before.requests, idleNanos - before.idleNanos,
                    readNanos - before.readNanos, decideNanos - before.decideNanos, writeNanos - before.writeNanos);
        }

        /** Requests per batch on average (0 without a batch). */
        public double meanBatch() {
            return batches == 0 ? 0 : (double) requests / batches;
        }

        /** The writer's time in all: idle, reading, deciding and writing. */
        public long totalNanos() {
            return idleNanos + readNanos + decideNanos + writeNanos;
        }

        /** A part of the writer's time as a share of it all (0 when nothing was timed). */
        public double share(long nanos) {
            long total = totalNanos();
            return total == 0 ? 0 : (double) nanos / total;
        }
    }

    WriterTime() {
    }

    void idle(long nanos) {
        idle.add(nanos);
    }

    void read(long nanos) {
        read.add(nanos);
    }

    void decided(long nanos) {
        decide.add(nanos);
    }

    /**
     * A batch's transaction committed: its time but for reading and deciding (its begin, its held rows, the ledgers'
     * links and the commit), and how many requests it held.
     */
    void written(long nanos, int batchRequests) {
        write.add(nanos);
        batches.increment();
        requests.add(batchRequests);
    }

    public Spent now() {
        return new Spent(batches.sum(), requests.sum(), idle.sum(), read.sum(), decide.sum(), write.sum());
    }
}
