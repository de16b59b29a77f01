package org.vaxline.access.domain;

import org.vaxline.platform.error.VaxlineException;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A stored bearer token: only the hash of its secret is ever kept. */
public record Token(UUID id, UUID userId, String hash, String label, Instant createdAt, String createdBy,
                    Instant revokedAt, String revokedBy) {
    public static final String LABEL_FIELD = "label";
    private static final int MAX_LABEL = 100;

    public Token {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }

    public static Token issue(UUID id, UUID userId, String hash, String label, Instant at, String by) {
        String trimmed = label == null || label.isBlank() ? null : label.strip();
        if (trimmed != null && (trimmed.length() > MAX_LABEL || trimmed.chars().anyMatch(Character::isISOControl))) {
            throw VaxlineException.field(AccessError.ACCESS_LABEL_INVALID, LABEL_FIELD,
                    "at most " + MAX_LABEL + " printable characters");
        }
        return new Token(id, userId, hash, trimmed, at, by, null, null);
    }

    public boolean live() {
        return revokedAt == null;
    }
}
