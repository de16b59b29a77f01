package org.vaxline.registryimport.csv;

/** A record that cannot be read as CSV (a quoted field never closed); names the line it starts on. */
public final class CsvFormatException extends RuntimeException {
    private final long line;

    public CsvFormatException(long line, String message) {
        super(message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
