package org.vaxline.platform.store;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a plain insert written to PostgreSQL with {@code COPY … FROM STDIN} (the driver's CopyManager): the server
 * reads a stream of rows instead of planning and running INSERT statements of bound parameters, which was most of a
 * batch of doses' time there (issue 13). Only for {@code INSERT INTO t (a, b) VALUES (?, ?)}: an insert with
 * expressions or an {@code ON CONFLICT} clause goes as a JDBC batch. The text form below is PostgreSQL's own COPY text
 * format; values read back as they do when bound.
 */
final class PostgresCopy {
    private static final Pattern PLAIN_INSERT = Pattern.compile(
            "\\s*INSERT INTO (\\w+) \\(([\\w,\\s]+)\\)\\s+VALUES \\((\\?(?:,\\s*\\?)*)\\)\\s*", Pattern.CASE_INSENSITIVE);

    private PostgresCopy() {
    }

    /** The COPY statement for a plain insert, or empty when it is not one. */
    static Optional<String> copyOf(String insert) {
        Matcher m = PLAIN_INSERT.matcher(insert);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of("COPY " + m.group(1) + " (" + m.group(2).replaceAll("\\s+", " ").trim() + ") FROM STDIN");
    }

    /** Writes the rows with the COPY statement; a refusal (a duplicate key) is the driver's exception, as a batch's. */
    static void write(Connection connection, String copy, List<Object[]> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 200);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(text, row[i]);
            }
            text.append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(copy, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("could not stream rows to the database: " + e.getMessage(), e);
        }
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            escaped(text, s);
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof Enum<?> e) {
            text.append(e.name());
        } else if (value instanceof Instant t) {
            // to the microsecond, half up, as the driver sends a bound timestamp (the server would round half to even,
            // and a ledger's hash, made from the instant, must match what reads back)
            text.append(t.plusNanos(500).truncatedTo(ChronoUnit.MICROS));
        } else if (value instanceof Long || value instanceof Integer || value instanceof UUID || value instanceof LocalDate) {
            text.append(value); // digits, a UUID, an ISO day: nothing to escape
        } else {
            throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName() + " in a held write");
        }
    }

    /** COPY's text format: a backslash, a tab, a newline or a carriage return inside a value is written escaped. */
    private static void escaped(StringBuilder text, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
