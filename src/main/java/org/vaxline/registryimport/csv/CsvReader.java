package org.vaxline.registryimport.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time, never the whole file: quoted fields with doubled quotes, separators and
 * line breaks inside them; UTF-8 with or without a byte order mark; {@code ,} or {@code ;} as the separator, whichever
 * the header line uses more (spreadsheets in locales with a decimal comma write {@code ;}).
 * Bytes that are not UTF-8 are refused rather than guessed at.
 */
public final class CsvReader implements Closeable {
    private static final char BOM = '\uFEFF';
    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int length;
    private boolean eof;
    private long line = 1;
    private final char separator;

    private CsvReader(Reader in) throws IOException {
        this.in = in;
        fillUntilLineBreak();
        if (length > 0 && buffer[0] == BOM) {
            position = 1;
        }
        this.separator = detectSeparator();
    }

    public static CsvReader open(InputStream input) throws IOException {
        return new CsvReader(new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    public char separator() {
        return separator;
    }

    /** The next record, or null at the end of the file. */
    public CsvRecord next() throws IOException {
        if (peek() < 0) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean quotedField = false;
        while (true) {
            int c = read();
            if (c < 0) {
                if (inQuotes) {
                    throw new CsvFormatException(start, "a quoted field opened on line " + start
                            + " is not closed before the end of the file");
                }
                fields.add(field.toString());
                return new CsvRecord(start, fields);
            }
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    countLineBreak(c);
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !quotedField) {
                inQuotes = true;
                quotedField = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                quotedField = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                fields.add(field.toString());
                return new CsvRecord(start, fields);
            } else {
                // Lenient outside quotes: a stray quote inside a value is kept as it is.
                field.append((char) c);
            }
        }
    }

    /** A line break inside a quoted field still moves the file's line number: CRLF counts once, at its LF. */
    private void countLineBreak(int c) throws IOException {
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        }
    }

    private char detectSeparator() {
        int commas = 0;
        int semicolons = 0;
        boolean inQuotes = false;
        for (int i = position; i < length; i++) {
            char c = buffer[i];
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                break;
            } else if (!inQuotes && c == ',') {
                commas++;
            } else if (!inQuotes && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Reads ahead until the header line is in the buffer (or the buffer is full), so its separator can be seen. */
    private void fillUntilLineBreak() throws IOException {
        while (!eof && length < buffer.length && !containsLineBreak()) {
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                eof = true;
            } else {
                length += n;
            }
        }
    }

    private boolean containsLineBreak() {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\n' || buffer[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    private int peek() throws IOException {
        if (position >= length && !refill()) {
            return -1;
        }
        return buffer[position];
    }

    private int read() throws IOException {
        if (position >= length && !refill()) {
            return -1;
        }
        return buffer[position++];
    }

    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        position = 0;
        length = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
