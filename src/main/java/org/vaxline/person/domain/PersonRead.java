package org.vaxline.person.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the access log: who read whose record, when, how (SEARCH or VIEW), and why when the record lay outside
 * the reader's province (their own words, or {@link #EXACT_DOCUMENT_OUTSIDE_SCOPE} for a lookup by document).
 */
public record PersonRead(UUID id, UUID personId, String provinceCode, String readBy, Instant readAt, String purpose,
                         String reason) {
    public static final String SEARCH = "SEARCH";
    public static final String VIEW = "VIEW";
    /** A person of another province found by the exact number of their identity document, no reason given. */
    public static final String EXACT_DOCUMENT_OUTSIDE_SCOPE = "EXACT_DOCUMENT_OUTSIDE_SCOPE";

    public PersonRead(UUID id, UUID personId, String provinceCode, String readBy, Instant readAt, String purpose) {
        this(id, personId, provinceCode, readBy, readAt, purpose, null);
    }
}
