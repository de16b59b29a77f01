package org.vaxline.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that each send requests one after another for a warm-up, then for a measured time, timing every request of
 * the latter; a client stops early when its work runs out. The warm-up's requests are sent and not counted: the JIT
 * compiles the path under test then, which a server that has been up for minutes has long done.
 */
final class LoadRun {
    /** Each client thread's name, before its number. */
    static final String CLIENT_THREAD = "bench-client-";

    /** One request: answers false when there is no more work for this client. Throwing counts a failure. */
    interface Request {
        boolean send(int client) throws Exception;
    }

    /** Told when the measured time begins (the warm-up over) and when every client has stopped. */
    interface Window {
        Window NONE = new Window() {
        };

        default void opened() {
        }

        default void closed() {
        }
    }

    private LoadRun() {
    }

    static Latencies.Summary run(int clients, double warmUpSeconds, double seconds, PhaseProgress progress, Request request) {
        return run(clients, warmUpSeconds, seconds, progress, request, Window.NONE);
    }

    static Latencies.Summary run(int clients, double warmUpSeconds, double seconds, PhaseProgress progress, Request request,
                                 Window window) {
        GcPauses gc = GcPauses.shared();
        long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        long start = warmUpEnd;
        long deadline = start + (long) (seconds * 1e9);
        AtomicLong failures = new AtomicLong();
        List<Latencies> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicLong firstFailure = new AtomicLong();
        // a client that has stopped lives on until the window is closed: a thread that ended takes its CPU time with it
        CountDownLatch stopped = new CountDownLatch(clients);
        CountDownLatch release = new CountDownLatch(1);
        for (int c = 0; c < clients; c++) {
            Latencies latencies = new Latencies();
            perClient.add(latencies);
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    send(request, client, warmUpEnd, deadline, latencies, failures, firstFailure);
                } finally {
                    stopped.countDown();
                    awaitRelease(release);
                }
            }, CLIENT_THREAD + c);
            threads.add(thread);
            thread.start();
        }
        long totalMillis = (long) (seconds * 1000);
        boolean opened = false;
        try {
            while (!stopped.await(opened ? 200 : Math.max(1, Math.min(200, (warmUpEnd - System.nanoTime()) / 1_000_000)),
                    TimeUnit.MILLISECONDS)) {
                // in steps short enough to open the window within a few milliseconds of the warm-up's end
                if (!opened && System.nanoTime() >= warmUpEnd) {
                    window.opened();
                    opened = true;
                }
                progress.at(Math.max(0, Math.min(totalMillis, (System.nanoTime() - start) / 1_000_000)));
            }
            if (!opened) {
                window.opened(); // every client stopped within the warm-up: an empty window
            }
            window.closed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            release.countDown();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        progress.done();
        long end = System.nanoTime();
        double elapsed = Math.max(0, (end - start) / 1e9);
        return Latencies.summarise(perClient, elapsed, failures.get(), gc.between(start, end));
    }

    private static void awaitRelease(CountDownLatch release) {
        boolean interrupted = false;
        while (true) {
            try {
                release.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One client's requests, one after another, until the deadline or the end of its work. */
    private static void send(Request request, int client, long warmUpEnd, long deadline, Latencies latencies, AtomicLong failures,
                             AtomicLong firstFailure) {
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
    }
}
