package org.vaxline.certificate.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the append-only issue log: who issued which certificate, for whom, in which format, signed by which key,
 * and the EU DCC revocation hashes that would revoke it.
 */
public record IssuedCertificate(UUID id, String certificateId, UUID personId, String provinceCode, UUID doseId,
                                CertificateFormat format, String kid, Instant issuedAt, Instant expiresAt, String issuedBy,
                                RevocationHashes hashes) {
}
