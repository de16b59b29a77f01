package org.vaxline.certificate.http;

import org.vaxline.certificate.application.Issued;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A certificate as the API answers it: the log entry's facts, the QR text and the signed payload. */
record CertificateView(UUID id, String certificateId, String format, UUID personId, UUID doseId, String kid,
                       Instant issuedAt, Instant expiresAt, String issuedBy, String text, Map<String, Object> payload) {

    static CertificateView of(Issued issued) {
        var e = issued.entry();
        return new CertificateView(e.id(), e.certificateId(), e.format().lowerName(), e.personId(), e.doseId(), e.kid(),
                e.issuedAt(), e.expiresAt(), e.issuedBy(), issued.text(), issued.payload());
    }
}
