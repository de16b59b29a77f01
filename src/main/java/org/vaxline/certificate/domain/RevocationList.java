package org.vaxline.certificate.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a verifier needs to refuse revoked certificates offline: the EU DCC revocation hashes of revoked HC1 certificates
 * (UCI, country+UCI, signature; each the first 16 bytes of a SHA-256, base64) and, per signing key, the SMART Health Card
 * revocation ids.
 */
public record RevocationList(Instant generatedAt, int revoked, Hc1Hashes hc1, List<ShcCrl> shc) {

    public record Hc1Hashes(List<String> uci, List<String> countryCodeUci, List<String> signature) {
        public List<String> all() {
            return java.util.stream.Stream.of(uci, countryCodeUci, signature).flatMap(List::stream).toList();
        }
    }

    /** A SMART Health Card revocation list of one key (method rid): its version counter and revoked ids. */
    public record ShcCrl(String kid, String method, int ctr, List<String> rids) {
    }
}
