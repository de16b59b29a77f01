package org.vaxline.person.domain;

import java.time.Instant;
import java.util.UUID;

/** One entry of the access log: who read whose record, when, and why (SEARCH or VIEW). */
public record PersonRead(UUID id, UUID personId, String provinceCode, String readBy, Instant readAt, String purpose) {
    public static final String SEARCH = "SEARCH";
    public static final String VIEW = "VIEW";
}
