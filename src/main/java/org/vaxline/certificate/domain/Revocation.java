package org.vaxline.certificate.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One append-only revocation entry: the certificate (its issue log entry and identifier), what caused it and why, when
 * and by whom. A certificate is revoked at most once.
 *
 * @param causeId the reversal, merge or correction that caused it, or null for a request
 */
public record Revocation(UUID id, UUID issueId, String certificateId, RevocationCause cause, UUID causeId, String reason,
                         Instant revokedAt, String revokedBy) {
}
