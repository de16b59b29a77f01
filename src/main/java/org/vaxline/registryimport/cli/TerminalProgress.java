package org.vaxline.registryimport.cli;

import org.vaxline.registryimport.application.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of an import on stderr: on a terminal one line redrawn in place at most every 200 ms; elsewhere
 * (a log, CI) a plain line at every tenth of the file, so logs stay readable.
 */
public final class TerminalProgress implements ProgressListener {
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastDrawn;
    private int lastTenth;

    TerminalProgress(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastDrawn = started;
    }

    public static TerminalProgress on(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null, System::nanoTime);
    }

    @Override
    public void progress(long rows, long bytesRead, long totalBytes) {
        long now = nanoTime.getAsLong();
        if (terminal) {
            if (now - lastDrawn >= REDRAW_NANOS) {
                lastDrawn = now;
                err.print("\r" + line(rows, bytesRead, totalBytes, now));
                err.flush();
            }
            return;
        }
        int tenth = totalBytes <= 0 ? 10 : (int) Math.min(10, bytesRead * 10 / totalBytes);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println(line(rows, bytesRead, totalBytes, now));
            err.flush();
        }
    }

    @Override
    public void finished(long rows, long totalBytes) {
        String last = line(rows, totalBytes, totalBytes, nanoTime.getAsLong());
        if (terminal) {
            err.println("\r" + last);
        } else if (lastTenth < 10) {
            err.println(last);
        }
        err.flush();
    }

    String line(long rows, long bytesRead, long totalBytes, long now) {
        double percent = totalBytes <= 0 ? 100 : 100.0 * bytesRead / totalBytes;
        int filled = (int) Math.round(percent / 5);
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        return String.format(Locale.ROOT, "[%-20s] %3.0f%%  %,d / %,d bytes  %,d rows  %,.0f rows/s",
                "#".repeat(Math.min(20, filled)), percent, bytesRead, totalBytes, rows, rows / seconds);
    }
}
