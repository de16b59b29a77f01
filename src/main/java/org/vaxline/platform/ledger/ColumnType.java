package org.vaxline.platform.ledger;

/** How a ledger column's value is written into an entry's canonical bytes (see {@link CanonicalEntry}). */
public enum ColumnType {
    /** lowercase hyphenated text, e.g. {@code 0192f0c4-0000-7000-8000-000000000001} */
    UUID,
    /** the text as stored, UTF-8, no normalisation */
    TEXT,
    /** ISO-8601 {@code YYYY-MM-DD} */
    DATE,
    /** decimal microseconds since 1970-01-01T00:00:00Z (rounded half up, as PostgreSQL keeps it) */
    INSTANT,
    /** decimal, no leading zeros, {@code -} for negatives */
    INTEGER,
    /** {@code true} or {@code false} */
    BOOLEAN
}
