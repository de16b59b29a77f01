package org.vaxline.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a load's CPU went, by thread: every native thread of this process (the JVM's compiler and collector included,
 * which Java's own thread list does not show), read from {@code /proc/self/task}. Take one before the load and one
 * after, then print what each kind of thread spent per unit of work. The bench tells with it where the two cores went
 * during its online run (the dose writer, the HTTP server's threads, its own clients); the load tools in the tests
 * print the same.
 */
public final class ThreadCpu {
    private final Map<String, Long> ticksByName;

    private ThreadCpu(Map<String, Long> ticksByName) {
        this.ticksByName = ticksByName;
    }

    /** CPU ticks (1/100 s) of each kind of thread now; digits in names folded, so a pool's threads add up. */
    public static ThreadCpu now() {
        Map<String, Long> byName = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new ThreadCpu(byName); // not Linux: nothing to tell
        }
        try (var list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "N");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime, the 14th and 15th fields of stat
                    byName.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ThreadCpu(byName);
    }

    /**
     * Microseconds of CPU per unit of work since {@code before}, by kind of thread that ran meanwhile, largest first
     * (threads that ended meanwhile are not counted).
     */
    public Map<String, Long> microsPerUnitSince(ThreadCpu before, long units) {
        var spent = new java.util.ArrayList<Map.Entry<String, Long>>();
        for (var e : ticksByName.entrySet()) {
            long ticks = e.getValue() - before.ticksByName.getOrDefault(e.getKey(), 0L);
            if (ticks > 0) {
                spent.add(Map.entry(e.getKey(), ticks));
            }
        }
        spent.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        Map<String, Long> micros = new java.util.LinkedHashMap<>();
        for (var e : spent) {
            micros.put(e.getKey(), Math.round(e.getValue() * 10_000.0 / Math.max(1, units)));
        }
        return micros;
    }

    /** Prints, for each kind of thread that ran since {@code before}, its CPU per unit, largest first. */
    public void printSince(ThreadCpu before, long units, String unit, PrintStream out) {
        Map<String, Long> micros = microsPerUnitSince(before, units);
        out.printf("    CPU per %s by thread (threads that ended meanwhile are not counted): %,d µs in all%n", unit,
                micros.values().stream().mapToLong(Long::longValue).sum());
        micros.forEach((thread, us) -> out.printf("      %-22s %,8d µs%n", thread, us));
    }
}
