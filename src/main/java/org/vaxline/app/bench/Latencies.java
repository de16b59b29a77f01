package org.vaxline.app.bench;

import java.util.Arrays;

/** Request times of one measured run (each client keeps its own, merged at the end): count, rate, p50, p99, and the GC's pauses. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int count;

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    static Summary summarise(Iterable<Latencies> perClient, double seconds, long failures, GcPauses.Pauses pauses) {
        int total = 0;
        for (Latencies l : perClient) {
            total += l.count;
        }
        long[] all = new long[total];
        int at = 0;
        for (Latencies l : perClient) {
            System.arraycopy(l.nanos, 0, all, at, l.count);
            at += l.count;
        }
        Arrays.sort(all);
        return new Summary(total, failures, seconds <= 0 ? 0 : total / seconds, percentile(all, 50), percentile(all, 99),
                pauses);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /**
     * @param p50Millis median in milliseconds, {@code p99Millis} the 99th percentile
     * @param pauses    the collector's pauses while the run was measured
     */
    record Summary(long count, long failures, double perSecond, double p50Millis, double p99Millis, GcPauses.Pauses pauses) {
    }
}
