package org.vaxline.platform.ledger;

import org.jdbi.v3.core.statement.StatementContext;
import org.vaxline.platform.id.Digests;
import org.vaxline.platform.store.Rows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * An entry's canonical bytes and its chained hash. Version 1, the same on every store:
 * <pre>
 *   hash(0)   = 32 zero bytes (the empty ledger)
 *   hash(n)   = SHA-256( hash(n-1) as 32 raw bytes || entry(n) )
 *   entry(n)  = text(ledger name) || position n as 8 bytes big-endian || field(c) for each column c in the ledger's order
 *   field(c)  = 0x00 when NULL, else 0x01 || text(value as text by the column's type)
 *   text(s)   = length of UTF-8(s) as 4 bytes big-endian || UTF-8(s)
 * </pre>
 * Values as text: a UUID lowercase with hyphens; a date {@code YYYY-MM-DD}; an instant as decimal microseconds since
 * the epoch, rounded half up (what PostgreSQL keeps of a finer instant); an integer in decimal; a boolean
 * {@code true}/{@code false}; text as stored. No floating-point value is part of any entry. Hashes are shown as 64
 * lowercase hex digits.
 * <p>A grouped ledger's entry (several rows sharing an id, see {@link LedgerDefinition#grouped()}) is
 * {@code text(ledger name) || position || row count as 4 bytes big-endian || row(1) || ... || row(k)}, where
 * {@code row = field(c) for each column c} and the rows are sorted by those bytes (unsigned), so no store's collation
 * or row order matters.
 */
public final class CanonicalEntry {
    public static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private CanonicalEntry() {
    }

    /** The hash of the entry at this position after the entry before it, as hex. */
    public static String chain(String previousHex, LedgerDefinition ledger, long position, List<?> values) {
        MessageDigest sha = Digests.sha256();
        sha.update(HEX.parseHex(previousHex));
        sha.update(bytes(ledger, position, values));
        return HEX.formatHex(sha.digest());
    }

    /**
     * The entry's values as hashed, without its ledger's name and position: made when the entry is appended (which
     * checks the values) and chained at the commit by {@link #chainBody}, so the values are encoded once, not twice.
     */
    static byte[] body(LedgerDefinition ledger, List<?> values) {
        Bytes out = new Bytes(128);
        body(out, ledger, values);
        return out.toArray();
    }

    /** {@link #chain} of an entry whose {@link #body} was made before: the same hash. */
    static String chainBody(String previousHex, LedgerDefinition ledger, long position, byte[] body) {
        return HEX.formatHex(chainBody(HEX.parseHex(previousHex), ledger, position, body));
    }

    /** {@link #chainBody} on raw hashes, as a block chains its entries one after the other. */
    static byte[] chainBody(byte[] previous, LedgerDefinition ledger, long position, byte[] body) {
        MessageDigest sha = Digests.sha256();
        sha.update(previous);
        Bytes head = new Bytes(64);
        head.text(ledger.name());
        head.longValue(position);
        sha.update(head.buffer, 0, head.length);
        sha.update(body);
        return sha.digest();
    }

    /** @param values a grouped ledger's rows one after the other (row count × column count values) */
    static byte[] bytes(LedgerDefinition ledger, long position, List<?> values) {
        Bytes out = new Bytes(192);
        out.text(ledger.name());
        out.longValue(position);
        body(out, ledger, values);
        return out.toArray();
    }

    private static void body(Bytes out, LedgerDefinition ledger, List<?> values) {
        int width = ledger.columns().size();
        boolean fits = ledger.grouped() ? !values.isEmpty() && values.size() % width == 0 : values.size() == width;
        if (!fits) {
            throw new IllegalArgumentException(ledger.name() + " entries have " + (ledger.grouped() ? "one or more rows of " : "")
                    + width + " values, not " + values.size());
        }
        if (!ledger.grouped()) {
            row(out, ledger, values);
            return;
        }
        List<byte[]> rows = new java.util.ArrayList<>();
        for (int from = 0; from < values.size(); from += width) {
            Bytes row = new Bytes(128);
            row(row, ledger, values.subList(from, from + width));
            rows.add(row.toArray());
        }
        rows.sort(java.util.Arrays::compareUnsigned);
        out.intValue(rows.size());
        rows.forEach(out::bytes);
    }

    private static void row(Bytes out, LedgerDefinition ledger, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                out.oneByte(0);
            } else {
                out.oneByte(1);
                out.text(asText(ledger.columns().get(i), value));
            }
        }
    }

    private static String asText(LedgerDefinition.Column column, Object value) {
        return switch (column.type()) {
            case UUID -> ((UUID) value).toString();
            case TEXT -> value instanceof Enum<?> e ? e.name() : (String) value;
            case DATE -> ((LocalDate) value).toString();
            case INSTANT -> micros((Instant) value);
            case INTEGER -> Long.toString(((Number) value).longValue());
            case BOOLEAN -> Boolean.toString((Boolean) value);
        };
    }

    private static String micros(Instant instant) {
        long nanos = instant.getNano();
        // exact: an instant beyond ±292,000 years would throw rather than hash a wrong number
        return Long.toString(Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), (nanos + 500) / 1000));
    }

    /**
     * The bytes being encoded, big-endian as {@link ByteBuffer} writes them. Written by hand because
     * {@link java.io.ByteArrayOutputStream} locks on every write and a ByteBuffer per length prefix cost more than the
     * bytes: the canonical encoding was 7 % of recording a batch of doses.
     */
    private static final class Bytes {
        private byte[] buffer;
        private int length;

        Bytes(int capacity) {
            buffer = new byte[capacity];
        }

        private void room(int more) {
            if (length + more > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }

        void oneByte(int b) {
            room(1);
            buffer[length++] = (byte) b;
        }

        void intValue(int v) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                buffer[length++] = (byte) (v >>> shift);
            }
        }

        void longValue(long v) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buffer[length++] = (byte) (v >>> shift);
            }
        }

        void bytes(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        void text(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            intValue(utf8.length);
            bytes(utf8);
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(buffer, length);
        }
    }

    /** Reads one column of a row as the value its type hashes, on either store. */
    static Object read(ResultSet rs, LedgerDefinition.Column column, StatementContext ctx) throws SQLException {
        String name = column.name();
        return switch (column.type()) {
            case UUID -> Rows.uuid(rs, name, ctx);
            case TEXT -> rs.getString(name);
            case DATE -> Rows.date(rs, name, ctx);
            case INSTANT -> Rows.instant(rs, name, ctx);
            case INTEGER -> Rows.nullableLong(rs, name);
            case BOOLEAN -> {
                boolean b = rs.getBoolean(name);
                yield rs.wasNull() ? null : b;
            }
        };
    }

}
