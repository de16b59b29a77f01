package org.vaxline.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The garbage collector's pauses, so that a figure's p99 can be read beside the longest stop of the world in its run:
 * with 8 or 64 clients on 2 cores, a pause of 60 ms delays every request in flight by 60 ms, and a p99 near the longest
 * pause says the tail is the collector's rather than the store's. Collected from the JVM's own notifications, one per
 * collection, as they arrive; the collectors are the JVM's, so one listener serves the whole run.
 */
final class GcPauses {
    private static GcPauses shared;

    /** Each pause: when its notification arrived ({@link System#nanoTime()}) and how long it lasted. */
    private final List<long[]> pauses = new ArrayList<>();

    private GcPauses() {
    }

    /** The run's listener, registered with every collector on first use. */
    static synchronized GcPauses shared() {
        if (shared == null) {
            GcPauses listener = new GcPauses();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                // concurrent collectors (ZGC's "Cycles", G1's "Concurrent GC" on newer JDKs) report work done beside
                // the application, not a stop of it: only their pause beans count
                String name = collector.getName().toLowerCase(Locale.ROOT);
                if (collector instanceof NotificationEmitter emitter && !name.contains("cycles") && !name.contains("concurrent")) {
                    emitter.addNotificationListener((notification, handback) -> {
                        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                    (CompositeData) notification.getUserData());
                            listener.add(System.nanoTime(), info.getGcInfo().getDuration());
                        }
                    }, null, null);
                }
            }
            shared = listener;
        }
        return shared;
    }

    synchronized void add(long endedAtNanos, long durationMillis) {
        pauses.add(new long[]{endedAtNanos, durationMillis});
    }

    /** The pauses that ended between two {@link System#nanoTime()} readings. */
    synchronized Pauses between(long fromNanos, long toNanos) {
        int count = 0;
        long total = 0;
        long longest = 0;
        for (long[] pause : pauses) {
            if (pause[0] >= fromNanos && pause[0] <= toNanos) {
                count++;
                total += pause[1];
                longest = Math.max(longest, pause[1]);
            }
        }
        return new Pauses(count, total, longest);
    }

    /** Pauses in a measured run: how many, their sum and the longest, in whole milliseconds as the JVM reports them. */
    record Pauses(int count, long totalMillis, long longestMillis) {
        static final Pauses NONE = new Pauses(0, 0, 0);
    }
}
