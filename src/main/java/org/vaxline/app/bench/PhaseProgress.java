package org.vaxline.app.bench;

import org.vaxline.registryimport.application.ProgressListener;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One phase's progress bar on stderr, like the import's: on a terminal one line redrawn in place at most every 200 ms;
 * elsewhere (a log, CI) a plain line at every tenth, so logs stay readable. Counts work done against a total (rows,
 * requests, or elapsed milliseconds of a timed run).
 */
final class PhaseProgress implements ProgressListener {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final String phase;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private final long started = System.nanoTime();
    private volatile long lastDrawn;
    private volatile int lastTenth;

    PhaseProgress(PrintWriter err, String phase, long total) {
        this.err = err;
        this.terminal = System.console() != null;
        this.phase = phase;
        this.total = Math.max(1, total);
        draw(0);
    }

    void advance(long by) {
        show(done.addAndGet(by));
    }

    void at(long value) {
        done.set(value);
        show(value);
    }

    @Override
    public void progress(long rows, long bytesRead, long totalBytes) {
        // An import reports bytes of its file: the bar follows them, the line shows the rows.
        done.set(rows);
        show(totalBytes <= 0 ? rows : bytesRead * total / totalBytes);
    }

    @Override
    public void finished(long rows, long totalBytes) {
        done();
    }

    void done() {
        synchronized (this) {
            String line = line(total);
            err.println(terminal ? "\r" + line : line);
            err.flush();
            lastTenth = 11;
        }
    }

    private void show(long value) {
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastDrawn >= REDRAW_NANOS) {
                lastDrawn = now;
                draw(value);
            }
            return;
        }
        int tenth = (int) Math.min(10, value * 10 / total);
        if (tenth > lastTenth && tenth < 10) {
            lastTenth = tenth;
            draw(value);
        }
    }

    private synchronized void draw(long value) {
        if (lastTenth > 10) {
            return;
        }
        String line = line(value);
        if (terminal) {
            err.print("\r" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    private String line(long value) {
        int filled = (int) Math.min(WIDTH, value * WIDTH / total);
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format("%-28s [%s%s] %3d%%  %,d done  %.1f s", phase, "#".repeat(filled), ".".repeat(WIDTH - filled),
                Math.min(100, value * 100 / total), done.get(), seconds);
    }
}
