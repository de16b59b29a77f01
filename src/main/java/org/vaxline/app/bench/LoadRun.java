package org.vaxline.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that each send requests one after another for a warm-up, then for a measured time, timing every request of
 * the latter; a client stops early when its work runs out. The warm-up's requests are sent and not counted: the JIT
 * compiles the path under test then, which a server that has been up for minutes has long done.
 */
final class LoadRun {
    /** One request: answers false when there is no more work for this client. Throwing counts a failure. */
    interface Request {
        boolean send(int client) throws Exception;
    }

    private LoadRun() {
    }

    static Latencies.Summary run(int clients, double warmUpSeconds, double seconds, PhaseProgress progress, Request request) {
        GcPauses gc = GcPauses.shared();
        long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        long start = warmUpEnd;
        long deadline = start + (long) (seconds * 1e9);
        AtomicLong failures = new AtomicLong();
        List<Latencies> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicLong firstFailure = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            Latencies latencies = new Latencies();
            perClient.add(latencies);
            int client = c;
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        if (!request.send(client)) {
                            return;
                        }
                        if (t0 >= warmUpEnd) {
                            latencies.add(System.nanoTime() - t0);
                        }
                    } catch (Exception e) {
                        if (failures.incrementAndGet() == 1 && firstFailure.compareAndSet(0, 1)) {
                            System.err.println("\nfirst failure: " + e.getMessage());
                        }
                    }
                }
            }, "bench-client-" + c);
            threads.add(thread);
            thread.start();
        }
        long totalMillis = (long) (seconds * 1000);
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                progress.at(Math.max(0, Math.min(totalMillis, (System.nanoTime() - start) / 1_000_000)));
            }
        }
        progress.done();
        long end = System.nanoTime();
        double elapsed = Math.max(0, (end - start) / 1e9);
        return Latencies.summarise(perClient, elapsed, failures.get(), gc.between(start, end));
    }
}
